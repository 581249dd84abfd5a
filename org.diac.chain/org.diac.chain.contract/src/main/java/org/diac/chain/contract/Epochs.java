package org.diac.chain.contract;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diac.mapper.allocation.Allocation;
import org.diac.mapper.allocation.DecentralizationCheck;
import org.diac.mapper.allocation.Mapper;
import org.diac.mapper.allocation.TreeAllocationInput;
import org.diac.mapper.allocation.Violation;
import org.diac.mapper.epoch.EpochAlpha;
import org.diac.mapper.epoch.ProposerRotation;
import org.diac.mapper.vrf.Ecvrf;
import org.diac.mapper.vrf.VrfOutcome;
import org.diac.mapper.vrf.VrfPublicKey;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The mapper module's epochs (issue 11 item 2, MAPPER-DEPLOYER.md §1.5). State, object type {@value Ledger#TYPE}:
 * <ul>
 * <li>{@code diac~vrfkey~<name>~<operator>} → {@link VrfKey};</li>
 * <li>{@code diac~epoch~<name>~<%010d epoch>} → {@link EpochRecord};</li>
 * <li>{@code diac~epochhead~<name>} → the latest {@link EpochRecord}.</li>
 * </ul>
 * Epoch e (1, 2, ...) is proved by the operator whose turn it is ({@link ProposerRotation} over the operators of the
 * adopted document that have a key eligible for e and are not blacklisted); its VRF input is
 * {@link EpochAlpha#of} (name, e, seed of e-1); the chaincode verifies the proof, takes beta as the seed and
 * recomputes the allocation from the latest adopted version with the mapper library, so every endorser writes the
 * same bytes.
 */
final class Epochs {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    /** Allocations of the latest epochs of the names this peer serves. */
    private static final ParsedCache<Allocation> ALLOCATIONS = new ParsedCache<>(8);
    private static final HexFormat HEX = HexFormat.of();

    private Epochs() {
    }

    static String keyKey(ChaincodeStub stub, String name, String operator) {
        return Ledger.key(stub, "vrfkey", name, operator);
    }

    static String epochKey(ChaincodeStub stub, String name, long epoch) {
        return Ledger.key(stub, "epoch", name, Ledger.v(epoch));
    }

    static String headKey(ChaincodeStub stub, String name) {
        return Ledger.key(stub, "epochhead", name);
    }

    /** The adopted document's operators and policies, resolved. */
    private static Policies adopted(Context ctx, String name) {
        return new Policies(ResolvedVersions.latest(ctx.getStub(), name));
    }

    static VrfKey register(Context ctx, String name, String operator, String publicKeyHex) {
        ChaincodeStub stub = ctx.getStub();
        Policies p = adopted(ctx, name);
        Submitter who = Submitter.of(ctx.getClientIdentity());
        Map<?, ?> properties = operatorOf(p, name, operator);
        PolicyCheck.submitter(castDoc(p), who);
        if (!who.is(properties)) {
            throw ChainError.NOT_OPERATOR.exception("the submitter " + who.display() + " is not the identity of operator '"
                    + operator + "'");
        }
        byte[] encoded = hex(publicKeyHex, "publicKeyHex");
        if (VrfPublicKey.fromBytes(encoded).isEmpty()) {
            throw ChainError.INVALID_ARGUMENT.exception("the VRF public key is not a compressed P-256 point (33 bytes, "
                    + "02/03 prefix, on the curve)");
        }
        VrfKey existing = Ledger.get(stub, keyKey(stub, name, operator), VrfKey.class);
        if (existing != null) {
            throw ChainError.VRF_KEY_EXISTS.exception("operator '" + operator + "' registered its VRF key in tx "
                    + existing.getTxId() + "; a key is registered once");
        }
        EpochHead head = head(stub, name);
        VrfKey key = new VrfKey(name, operator, HEX.formatHex(encoded), head == null ? 0 : head.getEpoch(),
                who.display(), stub.getTxId());
        Ledger.put(stub, keyKey(stub, name, operator), key);
        return key;
    }

    static EpochTurn turn(Context ctx, String name) {
        return turn(ctx.getStub(), name, adopted(ctx, name));
    }

    private static EpochTurn turn(ChaincodeStub stub, String name, Policies p) {
        return turn(stub, name, p, head(stub, name));
    }

    private static EpochTurn turn(ChaincodeStub stub, String name, Policies p, EpochHead head) {
        long epoch = head == null ? 1 : head.getEpoch() + 1;
        byte[] previous = head == null ? null : HEX.parseHex(head.getSeed());
        List<String> blacklisted = p.strings(TypeNames.BLACKLIST, "operators");
        List<String> candidates = new ArrayList<>();
        for (VrfKey k : Ledger.list(stub, VrfKey.class, k -> k.eligibleFor(epoch), "vrfkey", name)) {
            if (p.operators().containsKey(k.getOperator()) && !blacklisted.contains(k.getOperator())) {
                candidates.add(k.getOperator());
            }
        }
        return new EpochTurn(name, epoch, ProposerRotation.proposer(candidates, epoch),
                HEX.formatHex(EpochAlpha.of(name, epoch, previous)),
                String.join(",", ProposerRotation.canonical(candidates)));
    }

    static EpochRecord propose(Context ctx, String name, long epoch, String alphaHex, String proofHex) {
        ChaincodeStub stub = ctx.getStub();
        DocumentVersion version = Ledger.version(stub, name, 0);
        Map<Object, Object> doc = ResolvedVersions.of(stub, version);
        Policies p = new Policies(doc);
        Submitter who = Submitter.of(ctx.getClientIdentity());
        PolicyCheck.submitter(doc, who);
        EpochHead head = head(stub, name);
        EpochTurn turn = turn(stub, name, p, head);
        if (epoch != turn.getEpoch()) {
            throw ChainError.WRONG_EPOCH.exception(epoch < turn.getEpoch()
                    ? "epoch " + epoch + " of '" + name + "' is already stored (a replay); the next is " + turn.getEpoch()
                    : "the next epoch of '" + name + "' is " + turn.getEpoch() + ", not " + epoch);
        }
        if (turn.getProposer().isEmpty()) {
            throw ChainError.OUT_OF_TURN.exception("no operator of '" + name + "' has a VRF key eligible for epoch "
                    + epoch + " (register one with mapper:registerVrfKey)");
        }
        // fallback: a proposer in turn that withholds its proof hands the turn on, one operator per timeout
        Duration timeout = proposerTimeout(p);
        Instant due = due(head, version);
        Instant now = Adoption.timestamp(stub);
        List<String> allowed = ProposerRotation.allowed(List.of(turn.getCandidates().split(",")), epoch,
                Duration.between(due, now), timeout);
        String proposer = allowed.stream().filter(o -> who.is(p.operators().get(o))).findFirst().orElse(null);
        if (proposer == null) {
            throw ChainError.OUT_OF_TURN.exception("epoch " + epoch + " is the turn of operator '" + turn.getProposer()
                    + "' (operators in turn: " + turn.getCandidates() + "; after " + timeout.toSeconds() + " s without "
                    + "a proposal the next in turn may, now " + String.join(", ", allowed) + ", since " + due
                    + "); the submitter " + who.display() + " is not the identity of " + (allowed.size() == 1
                    ? "it" : "any of them"));
        }
        byte[] alpha = HEX.parseHex(turn.getAlpha());
        if (alphaHex != null && !alphaHex.isBlank() && !turn.getAlpha().equalsIgnoreCase(alphaHex.strip())) {
            throw ChainError.INVALID_PROOF.exception("alpha of epoch " + epoch + " is " + turn.getAlpha()
                    + ", not the one given");
        }
        VrfKey key = Ledger.get(stub, keyKey(stub, name, proposer), VrfKey.class);
        VrfOutcome outcome = Ecvrf.verify(HEX.parseHex(key.getPublicKey()), alpha, hex(proofHex, "proofHex"));
        if (!(outcome instanceof VrfOutcome.Valid valid)) {
            throw ChainError.INVALID_PROOF.exception("the proof for epoch " + epoch + " does not verify against the "
                    + "VRF key of operator '" + proposer + "': " + ((VrfOutcome.Invalid) outcome).reason());
        }
        TreeAllocationInput input = TreeAllocationInput.of(doc, null, valid.beta(), epoch);
        if (!input.ok()) {
            throw ChainError.MALFORMED_DOCUMENT.exception("version " + version.getVersion() + " of '" + name
                    + "' cannot be allocated: " + String.join("; ", input.problems()));
        }
        Allocation allocation = Mapper.allocate(input.request());
        List<Violation> violations = DecentralizationCheck.check(input.request(), allocation, input.policy());
        String json = GSON.toJson(allocation);
        EpochRecord record = new EpochRecord(name, epoch, version.getVersion(), proposer, turn.getAlpha(),
                HEX.formatHex(hex(proofHex, "proofHex")), valid.betaHex(), json, sha256(json),
                String.join("\n", violations.stream().map(Violation::toString).toList()), stub.getTxId(),
                stub.getTxTimestamp().toString());
        Ledger.put(stub, epochKey(stub, name, epoch), record);
        Ledger.put(stub, headKey(stub, name), EpochHead.of(record));
        stub.setEvent(EpochAdopted.EVENT, Records.toBytes(new EpochAdopted(name, epoch, version.getVersion(),
                proposer, valid.betaHex(), stub.getTxId())));
        return record;
    }

    /** Blocks the proposer in turn has before the next operator in turn may propose the epoch instead. */
    static final int PROPOSER_TIMEOUT_BLOCKS = 12;

    /** {@link #PROPOSER_TIMEOUT_BLOCKS} blocks of the Epoch policy's {@code block_interval} (1 s when absent). */
    static Duration proposerTimeout(Policies p) {
        return Governance.blockInterval(p).multipliedBy(PROPOSER_TIMEOUT_BLOCKS);
    }

    /**
     * When the next epoch became due, on transaction timestamps: when the last epoch was stored, or, before the
     * first, when the latest version of the document was.
     */
    static Instant due(EpochHead head, DocumentVersion version) {
        return Instant.parse(head != null ? head.getTimestamp() : version.getTimestamp());
    }

    /** Epoch {@code epoch} of {@code name} (0: the latest); NOT_FOUND when there is none. */
    static EpochRecord read(ChaincodeStub stub, String name, long epoch) {
        Ledger.checkName(name);
        if (epoch < 0) {
            throw ChainError.INVALID_ARGUMENT.exception("epoch must be 1 or more (0 for the latest), got " + epoch);
        }
        EpochRecord r = epoch == 0 ? latest(stub, name) : Ledger.get(stub, epochKey(stub, name, epoch), EpochRecord.class);
        if (r == null) {
            throw ChainError.NOT_FOUND.exception("document '" + name + "' has " + (epoch == 0 ? "no epoch yet"
                    : "no epoch " + epoch));
        }
        return r;
    }

    /** Which epoch is the latest (null before the first): a small record, read by every proposal and report. */
    static EpochHead head(ChaincodeStub stub, String name) {
        return Ledger.get(stub, headKey(stub, name), EpochHead.class);
    }

    /** The latest epoch in full, with its allocation; null before the first. */
    static EpochRecord latest(ChaincodeStub stub, String name) {
        EpochHead head = head(stub, name);
        return head == null ? null : Ledger.get(stub, epochKey(stub, name, head.getEpoch()), EpochRecord.class);
    }

    /**
     * The epoch's allocation, parsed once per digest: every status report looks its slot up in the latest epoch's
     * allocation (460 KB of JSON at 5,000 workers). The digest is the chaincode's own, written with the allocation.
     */
    static Allocation allocation(EpochRecord r) {
        String digest = r.getAllocationDigest();
        if (digest == null || digest.isBlank()) {
            return GSON.fromJson(r.getAllocation(), Allocation.class);
        }
        return ALLOCATIONS.get(digest, () -> GSON.fromJson(r.getAllocation(), Allocation.class));
    }

    static Optional<Map<?, ?>> operator(Policies p, String operator) {
        return Optional.ofNullable(p.operators().get(operator));
    }

    private static Map<?, ?> operatorOf(Policies p, String name, String operator) {
        return operator(p, operator).orElseThrow(() -> ChainError.NOT_FOUND.exception("document '" + name
                + "' has no operator '" + (operator == null ? "" : Documents.abbreviate(operator)) + "'"));
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> castDoc(Policies p) {
        return (Map<Object, Object>) p.document();
    }

    private static byte[] hex(String text, String what) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() % 2 != 0 || s.length() > 1024) {
            throw ChainError.INVALID_ARGUMENT.exception(what + " must be hex (an even number of digits), got '"
                    + Documents.abbreviate(s) + "'");
        }
        try {
            return HEX.parseHex(s);
        } catch (IllegalArgumentException e) {
            throw ChainError.INVALID_ARGUMENT.exception(what + " must be hex, got '" + Documents.abbreviate(s) + "'");
        }
    }

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
