package de.anliegen.identity.boundary;

/**
 * What proves a Facebook account to us (ADR 10). An app that sends the person to Facebook's login dialog hands over the
 * one-time code the dialog returned, with the PKCE verifier it kept and the redirect address it gave: our server
 * exchanges the code, so no Facebook token reaches the app. A native app with Facebook's SDK holds a token from the SDK
 * instead, which our server checks was issued to our Facebook app.
 */
public sealed interface FacebookProof {

    /** The dialog's code, the verifier whose SHA-256 was its {@code code_challenge}, and its {@code redirect_uri}. */
    record Code(String code, String codeVerifier, String redirectUri) implements FacebookProof {

        @Override
        public String toString() {
            return "FacebookProof.Code[…]"; // a credential: never in a log line or an exception's message
        }
    }

    /** An access token of Facebook's SDK in a native app. */
    record Token(String accessToken) implements FacebookProof {

        @Override
        public String toString() {
            return "FacebookProof.Token[…]";
        }
    }
}
