package de.anliegen.platform.gateways;

import java.net.URI;

/** Addresses the product calls out to: personal data leaves only over TLS; plain HTTP only to this machine (tests). */
public final class OutboundAddresses {

    private OutboundAddresses() {}

    public static URI requireTls(URI address, String setting) {
        var host = address.getHost();
        var loopback = "localhost".equals(host) || "127.0.0.1".equals(host);
        if (!"https".equals(address.getScheme()) && !loopback) {
            throw new IllegalStateException(setting + " must be an https address: personal data travels only over TLS");
        }
        return address;
    }
}
