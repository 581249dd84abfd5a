package org.diac.chain.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An operator to issue an identity for: its name (the folder under {@code identities/}, what {@code --identity}
 * names), the organization whose CA signs it ({@code org1}, {@code org2}) and the certificate's common name (what
 * a DiaC document's {@code identity.subject} names; the operator's name when not given).
 *
 * <p>Written {@code NAME[:ORG[:SUBJECT]]}, e.g. {@code alice:org1:alice@myDapp}; several separated by commas.
 */
public record OperatorIdentity(String name, String org, String subject) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** The operators of {@code examples/*.diac} with the organization and subject their documents give them. */
    public static final String EXAMPLES = "alice:org1:alice@myDapp,bob:org2:bob@myDapp,carol:org1:carol@myDapp,"
            + "dave:org2:dave@myDapp,erin:org1:erin@myDapp,frank:org2:frank@myDapp";

    public OperatorIdentity {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new NetworkException("an identity name is 1-64 letters, digits, '.', '_' or '-' (not starting with "
                    + "'.', '_' or '-'), got '" + name + "'");
        }
        org = org == null || org.isBlank() ? "org1" : org.toLowerCase(Locale.ROOT);
        subject = subject == null || subject.isBlank() ? name : subject;
        if (subject.length() > 64 || subject.chars().anyMatch(c -> c < 0x20 || c == ',' || c == '+' || c == '='
                || c == '"' || c == '\\' || c == '<' || c == '>' || c == ';')) {
            throw new NetworkException("the subject of identity '" + name + "' must be at most 64 characters without "
                    + "control characters or , + = \" \\ < > ;, got '" + subject + "'");
        }
    }

    /** Parses {@code NAME[:ORG[:SUBJECT]]}. */
    public static OperatorIdentity parse(String spec) {
        String[] parts = spec.trim().split(":", 3);
        return new OperatorIdentity(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
    }

    /** Parses a comma-separated list; blank entries are skipped. */
    public static List<OperatorIdentity> parseList(String specs) {
        List<OperatorIdentity> result = new ArrayList<>();
        if (specs != null) {
            for (String s : specs.split(",")) {
                if (!s.isBlank()) {
                    result.add(parse(s));
                }
            }
        }
        return result;
    }
}
