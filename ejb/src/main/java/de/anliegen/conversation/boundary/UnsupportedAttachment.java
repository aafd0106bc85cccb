package de.anliegen.conversation.boundary;

import de.anliegen.platform.problems.ProblemException;

/** What was sent as an attachment is not a type a conversation takes, or not the type it claims to be: 415. */
public class UnsupportedAttachment extends ProblemException {

    public UnsupportedAttachment(String detail) {
        super("unsupported-attachment", detail);
    }

    @Override
    public int status() {
        return 415;
    }
}
