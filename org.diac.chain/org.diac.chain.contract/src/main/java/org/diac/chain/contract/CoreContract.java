package org.diac.chain.contract;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * First DiaC contract: versioned documents. Every {@code publishVersion} of a document name adds the next version
 * (1, 2, ...); old versions stay readable. Each version records its content, the transaction id, the transaction
 * timestamp and the submitter (MSP ID and certificate subject), and the adoption emits the chaincode event
 * {@value #EVENT_PUBLISHED}.
 *
 * <p>State layout (composite keys):
 * <ul>
 * <li>{@code diac.doc.version ~ name ~ %010d version} → JSON of the version record;</li>
 * <li>{@code diac.doc.latest ~ name} → the latest version number in decimal.</li>
 * </ul>
 */
@Contract(name = "core", info = @Info(title = "DiaC core contract", version = "1.0",
        description = "Versioned infrastructure documents"))
@Default
public final class CoreContract implements ContractInterface {

    static final String VERSION_KEY = "diac.doc.version";
    static final String LATEST_KEY = "diac.doc.latest";
    static final String EVENT_PUBLISHED = "DocumentVersionPublished";
    static final int MAX_CONTENT_BYTES = 1 << 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** Error codes carried as the payload of a {@link ChaincodeException}. */
    enum Error {
        INVALID_ARGUMENT, NOT_FOUND
    }

    /**
     * Stores {@code content} as the next version of document {@code name}.
     *
     * @return JSON {@code {"name":..,"version":n,"txId":..}}
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String publishVersion(Context ctx, String name, String content) {
        checkName(name);
        if (content == null || content.isEmpty()) {
            throw fail(Error.INVALID_ARGUMENT, "document content must not be empty");
        }
        int size = content.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_CONTENT_BYTES) {
            throw fail(Error.INVALID_ARGUMENT, "document content is " + size + " bytes; the limit is " + MAX_CONTENT_BYTES);
        }
        ChaincodeStub stub = ctx.getStub();
        long version = latestVersion(stub, name) + 1;
        String txId = stub.getTxId();
        Instant ts = stub.getTxTimestamp();
        ClientIdentity who = ctx.getClientIdentity();
        String subject = who.getX509Certificate() == null ? ""
                : who.getX509Certificate().getSubjectX500Principal().getName();
        String record = "{" + Json.field("name", name) + "," + Json.field("version", version) + ","
                + Json.field("txId", txId) + "," + Json.field("timestamp", ts == null ? "" : ts.toString()) + ","
                + "\"submitter\":{" + Json.field("mspId", who.getMSPID()) + "," + Json.field("subject", subject) + "},"
                + Json.field("content", content) + "}";
        stub.putStringState(versionKey(stub, name, version).toString(), record);
        stub.putStringState(latestKey(stub, name).toString(), Long.toString(version));
        String summary = "{" + Json.field("name", name) + "," + Json.field("version", version) + ","
                + Json.field("txId", txId) + "}";
        stub.setEvent(EVENT_PUBLISHED, summary.getBytes(StandardCharsets.UTF_8));
        return summary;
    }

    /** The record of one version (JSON with name, version, txId, timestamp, submitter, content). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String readVersion(Context ctx, String name, long version) {
        checkName(name);
        if (version < 1) {
            throw fail(Error.INVALID_ARGUMENT, "version must be 1 or more, got " + version);
        }
        String record = ctx.getStub().getStringState(versionKey(ctx.getStub(), name, version).toString());
        if (record == null || record.isEmpty()) {
            long latest = latestVersion(ctx.getStub(), name);
            throw fail(Error.NOT_FOUND, latest == 0 ? "unknown document '" + name + "'"
                    : "document '" + name + "' has no version " + version + " (latest is " + latest + ")");
        }
        return record;
    }

    /** The record of the latest version. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String readLatest(Context ctx, String name) {
        checkName(name);
        long latest = latestVersion(ctx.getStub(), name);
        if (latest == 0) {
            throw fail(Error.NOT_FOUND, "unknown document '" + name + "'");
        }
        return readVersion(ctx, name, latest);
    }

    /** JSON array of the versions of a document without their content, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listVersions(Context ctx, String name) {
        checkName(name);
        ChaincodeStub stub = ctx.getStub();
        List<String> items = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> it = stub.getStateByPartialCompositeKey(
                stub.createCompositeKey(VERSION_KEY, name))) {
            for (KeyValue kv : it) {
                items.add(Json.withoutField(kv.getStringValue(), "content"));
            }
        } catch (ChaincodeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChaincodeException("cannot list versions of '" + name + "': " + e.getMessage());
        }
        if (items.isEmpty()) {
            throw fail(Error.NOT_FOUND, "unknown document '" + name + "'");
        }
        return "[" + String.join(",", items) + "]";
    }

    static long latestVersion(ChaincodeStub stub, String name) {
        String v = stub.getStringState(latestKey(stub, name).toString());
        return v == null || v.isEmpty() ? 0 : Long.parseLong(v);
    }

    static CompositeKey versionKey(ChaincodeStub stub, String name, long version) {
        return stub.createCompositeKey(VERSION_KEY, name, String.format("%010d", version));
    }

    static CompositeKey latestKey(ChaincodeStub stub, String name) {
        return stub.createCompositeKey(LATEST_KEY, name);
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw fail(Error.INVALID_ARGUMENT, "document name must match " + NAME.pattern() + ", got '" + name + "'");
        }
    }

    private static ChaincodeException fail(Error code, String message) {
        return new ChaincodeException(message, code.name());
    }
}
