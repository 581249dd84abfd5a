package org.diac.chain.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diac.chain.contract.Adoption.Candidate;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Proposals, stake-weighted votes, multisig approvals and adoption under the adopted Governance policy.
 *
 * <p>Chaincode cannot read the block height, so the policy's block counts ({@code voting_period},
 * {@code timelock}) become durations through the Epoch policy's {@code block_interval} (1 s when absent) and are
 * measured on transaction timestamps: voting is open until {@code createdAt + voting_period × block_interval};
 * adoption is possible from {@code votingEnds + timelock × block_interval}. A proposal passes when the stake that
 * voted is at least {@code quorum} of the total stake and the yes-stake at least {@code approval} of the stake
 * that voted. Modules whose Permissions rule is {@code multisig} need {@code multisig_threshold} approvals of the
 * rule's {@code admins} (or the Governance {@code signers}).
 */
final class Governance {

    static final String OPEN = "open";
    static final String ADOPTED = "adopted";
    static final String REJECTED = "rejected";
    private static final Pattern TIME = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(d|h|m|s|ms|us|ns)\\s*",
            Pattern.CASE_INSENSITIVE);

    private Governance() {
    }

    static Proposal propose(Context ctx, String name, String content) {
        return propose(ctx, name, content, null);
    }

    /**
     * Proposes replacing module {@code module} of the latest version with {@code fragment} (YAML/JSON in the
     * document's shape), see {@link ModulePatch}.
     */
    static Proposal proposePatch(Context ctx, String name, String module, String fragment) {
        Module m = Module.of(module == null ? "" : module.trim());
        if (m == null) {
            throw ChainError.INVALID_ARGUMENT.exception("no module '" + Documents.abbreviate(String.valueOf(module))
                    + "'; the modules are core, identity, artifacts, topology, templates, mapper, security, governance");
        }
        ChaincodeStub stub = ctx.getStub();
        DocumentVersion base = Ledger.version(stub, name, 0);
        Map<Object, Object> patched = ModulePatch.apply(Ledger.split(stub, base), m, Documents.read(fragment));
        return propose(ctx, name, Documents.toYaml(patched), m);
    }

    private static Proposal propose(Context ctx, String name, String content, Module patchOf) {
        ChaincodeStub stub = ctx.getStub();
        Submitter who = Submitter.of(ctx.getClientIdentity());
        Ledger.version(stub, name, 0);
        Candidate c = Adoption.candidate(ctx, name, content, who);
        if (patchOf != null) {
            ModulePatch.checkOnly(patchOf, c.changed());
        }
        Policies adopted = new Policies(Resolver.resolve(c.baseDocument()));
        String proposer = operatorName(adopted, who);
        if (proposer == null) {
            throw ChainError.NOT_OPERATOR.exception("only operators of '" + name + "' propose changes; "
                    + who.display() + " is none");
        }
        Set<String> requires = new LinkedHashSet<>();
        for (Module m : c.changed()) {
            Permissions.Rule rule = Permissions.rule(adopted, m);
            requires.add(rule.updateBy().equals(Permissions.MULTISIG) ? Permissions.MULTISIG : Permissions.GOVERNANCE);
        }
        Instant now = Adoption.timestamp(stub);
        Duration block = blockInterval(adopted);
        Instant votingEnds = now.plus(block.multipliedBy(blocks(adopted, "voting_period")));
        Instant adoptable = requires.contains(Permissions.GOVERNANCE)
                ? votingEnds.plus(block.multipliedBy(blocks(adopted, "timelock"))) : now;
        Proposal p = new Proposal(stub.getTxId(), name, c.base().getVersion(), Documents.toYaml(c.document()),
                c.changed().stream().map(Module::id).toArray(String[]::new), requires.toArray(String[]::new),
                proposer, now.toString(), votingEnds.toString(), adoptable.toString(), OPEN);
        Ledger.put(stub, Ledger.proposalKey(stub, p.getId()), p);
        Adoption.history(ctx, name, c.base().getVersion(), who, "propose", p.getId(),
                "modules " + String.join(", ", p.getModules()) + "; requires " + String.join(", ", p.getRequires()));
        return p;
    }

    static Vote vote(Context ctx, String id, String choice) {
        ChaincodeStub stub = ctx.getStub();
        String c = choice == null ? "" : choice.trim().toLowerCase(Locale.ROOT);
        if (!c.equals("yes") && !c.equals("no")) {
            throw ChainError.INVALID_ARGUMENT.exception("a vote is yes or no, got '" + Documents.abbreviate(String.valueOf(choice)) + "'");
        }
        Proposal p = open(stub, id);
        if (!List.of(p.getRequires()).contains(Permissions.GOVERNANCE)) {
            throw ChainError.INVALID_ARGUMENT.exception("proposal " + id + " needs multisig approvals, not votes");
        }
        Instant now = Adoption.timestamp(stub);
        if (now.isAfter(Instant.parse(p.getVotingEnds()))) {
            throw ChainError.VOTING_CLOSED.exception("voting on proposal " + id + " ended at " + p.getVotingEnds()
                    + "; this transaction is from " + now);
        }
        Submitter who = Submitter.of(ctx.getClientIdentity());
        Policies adopted = adopted(stub, Ledger.version(stub, p.getName(), p.getBaseVersion()));
        String voter = operatorName(adopted, who);
        if (voter == null) {
            throw ChainError.NOT_OPERATOR.exception("only operators vote; " + who.display() + " is none");
        }
        return cast(ctx, p, voter, c, Policies.stake(voter, adopted.operators().get(voter)).toPlainString(), who);
    }

    static Vote approve(Context ctx, String id) {
        ChaincodeStub stub = ctx.getStub();
        Proposal p = open(stub, id);
        if (!List.of(p.getRequires()).contains(Permissions.MULTISIG)) {
            throw ChainError.INVALID_ARGUMENT.exception("proposal " + id + " is decided by a vote, not by approvals");
        }
        Submitter who = Submitter.of(ctx.getClientIdentity());
        Policies adopted = adopted(stub, Ledger.version(stub, p.getName(), p.getBaseVersion()));
        String signer = null;
        for (String name : signers(adopted, p)) {
            Map<?, ?> op = adopted.operators().get(name);
            if (op != null && who.is(op)) {
                signer = name;
            }
        }
        if (signer == null) {
            throw ChainError.NOT_OPERATOR.exception("only the signers " + signers(adopted, p) + " approve; "
                    + who.display() + " is none");
        }
        return cast(ctx, p, signer, "approve", "", who);
    }

    private static Vote cast(Context ctx, Proposal p, String voter, String choice, String stake, Submitter who) {
        ChaincodeStub stub = ctx.getStub();
        PolicyCheck.submitter(Ledger.document(stub, Ledger.version(stub, p.getName(), p.getBaseVersion())), who);
        String key = Ledger.voteKey(stub, p.getId(), voter);
        if (Ledger.get(stub, key, Vote.class) != null) {
            throw ChainError.DOUBLE_VOTE.exception("'" + voter + "' already " + (choice.equals("approve") ? "approved"
                    : "voted on") + " proposal " + p.getId());
        }
        Vote v = new Vote(p.getId(), voter, choice, stake, stub.getTxId(), Adoption.timestamp(stub).toString(),
                who.display());
        Ledger.put(stub, key, v);
        Adoption.history(ctx, p.getName(), p.getBaseVersion(), who, choice.equals("approve") ? "approve" : "vote",
                p.getId(), voter + " " + choice);
        return v;
    }

    /** Adopts the proposal when it passed, records its rejection when it failed, refuses when it is too early. */
    static Proposal adopt(Context ctx, String id) {
        ChaincodeStub stub = ctx.getStub();
        Proposal p = open(stub, id);
        DocumentVersion base = Ledger.version(stub, p.getName(), p.getBaseVersion());
        DocumentVersion latest = Ledger.latest(stub, p.getName());
        if (latest.getVersion() != p.getBaseVersion()) {
            throw ChainError.PROPOSAL_CLOSED.exception("proposal " + id + " changes version " + p.getBaseVersion()
                    + ", but the latest is " + latest.getVersion() + "; propose again");
        }
        Policies adopted = adopted(stub, base);
        Instant now = Adoption.timestamp(stub);
        List<Vote> votes = Ledger.list(stub, Vote.class, v -> true, "vote", id);
        List<String> requires = List.of(p.getRequires());
        String failure = null;
        if (requires.contains(Permissions.MULTISIG)) {
            long approvals = votes.stream().filter(v -> v.getChoice().equals("approve")).count();
            BigDecimal k = adopted.number(TypeNames.GOVERNANCE, "multisig_threshold");
            long needed = k == null ? signers(adopted, p).size() : k.longValue();
            if (approvals < needed) {
                throw ChainError.PREMATURE_ADOPTION.exception("proposal " + id + " has " + approvals + " of the "
                        + needed + " approvals it needs");
            }
        }
        if (requires.contains(Permissions.GOVERNANCE)) {
            if (now.isBefore(Instant.parse(p.getAdoptableAt()))) {
                throw ChainError.PREMATURE_ADOPTION.exception("proposal " + id + " can be adopted from "
                        + p.getAdoptableAt() + " (voting ends " + p.getVotingEnds() + ", then the time-lock); now is " + now);
            }
            failure = tally(adopted, votes);
        }
        Submitter who = Submitter.of(ctx.getClientIdentity());
        if (failure != null) {
            Proposal rejected = with(p, REJECTED);
            Ledger.put(stub, Ledger.proposalKey(stub, id), rejected);
            Adoption.history(ctx, p.getName(), p.getBaseVersion(), who, "reject", id, failure);
            return rejected;
        }
        Candidate c = Adoption.candidate(ctx, p.getName(), p.getContent(), who);
        Proposal done = with(p, ADOPTED);
        Ledger.put(stub, Ledger.proposalKey(stub, id), done);
        Adoption.write(ctx, c, Adoption.ADOPT, id, who);
        return done;
    }

    /** Why the vote failed, or null when it passed. */
    private static String tally(Policies adopted, List<Vote> votes) {
        Map<String, Map<?, ?>> operators = adopted.operators();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Map<?, ?>> op : operators.entrySet()) {
            total = total.add(Policies.stake(op.getKey(), op.getValue()));
        }
        BigDecimal yes = BigDecimal.ZERO;
        BigDecimal no = BigDecimal.ZERO;
        for (Vote v : votes) {
            Map<?, ?> op = operators.get(v.getVoter());
            BigDecimal stake = op == null ? BigDecimal.ZERO : Policies.stake(v.getVoter(), op);
            if (v.getChoice().equals("yes")) {
                yes = yes.add(stake);
            } else if (v.getChoice().equals("no")) {
                no = no.add(stake);
            }
        }
        BigDecimal voted = yes.add(no);
        BigDecimal quorum = orDefault(adopted.number(TypeNames.GOVERNANCE, "quorum"), "0.5");
        BigDecimal approval = orDefault(adopted.number(TypeNames.GOVERNANCE, "approval"), "0.5");
        if (total.signum() == 0 || voted.divide(total, 6, RoundingMode.HALF_UP).compareTo(quorum) < 0) {
            return "quorum not reached: stake " + voted.toPlainString() + " of " + total.toPlainString() + " voted, quorum "
                    + quorum.toPlainString();
        }
        if (yes.divide(voted, 6, RoundingMode.HALF_UP).compareTo(approval) < 0) {
            return "not approved: yes-stake " + yes.toPlainString() + " of " + voted.toPlainString() + ", approval "
                    + approval.toPlainString();
        }
        return null;
    }

    static Proposal read(ChaincodeStub stub, String id) {
        if (id == null || id.isBlank() || id.length() > 128) {
            throw ChainError.INVALID_ARGUMENT.exception("a proposal id is the proposing transaction's id");
        }
        Proposal p = Ledger.get(stub, Ledger.proposalKey(stub, id), Proposal.class);
        if (p == null) {
            throw ChainError.NOT_FOUND.exception("unknown proposal '" + Documents.abbreviate(id) + "'");
        }
        return p;
    }

    private static Proposal open(ChaincodeStub stub, String id) {
        Proposal p = read(stub, id);
        if (!p.getStatus().equals(OPEN)) {
            throw ChainError.PROPOSAL_CLOSED.exception("proposal " + id + " is " + p.getStatus());
        }
        return p;
    }

    private static Proposal with(Proposal p, String status) {
        return new Proposal(p.getId(), p.getName(), p.getBaseVersion(), p.getContent(), p.getModules(), p.getRequires(),
                p.getProposer(), p.getCreatedAt(), p.getVotingEnds(), p.getAdoptableAt(), status);
    }

    private static Policies adopted(ChaincodeStub stub, DocumentVersion v) {
        return new Policies(ResolvedVersions.of(stub, v));
    }

    static String operatorName(Policies adopted, Submitter who) {
        for (Map.Entry<String, Map<?, ?>> op : adopted.operators().entrySet()) {
            if (who.is(op.getValue())) {
                return op.getKey();
            }
        }
        return null;
    }

    /** The signers for a multisig proposal: the admins of its multisig modules' rules, else Governance signers. */
    static List<String> signers(Policies adopted, Proposal p) {
        Set<String> result = new LinkedHashSet<>();
        for (String id : p.getModules()) {
            Permissions.Rule rule = Permissions.rule(adopted, Module.of(id));
            if (rule.updateBy().equals(Permissions.MULTISIG)) {
                result.addAll(rule.admins());
            }
        }
        if (result.isEmpty()) {
            result.addAll(adopted.strings(TypeNames.GOVERNANCE, "signers"));
        }
        return new ArrayList<>(result);
    }

    private static long blocks(Policies adopted, String property) {
        BigDecimal n = adopted.number(TypeNames.GOVERNANCE, property);
        if (n == null || n.signum() < 0) {
            return 0;
        }
        return n.min(BigDecimal.valueOf(1_000_000_000L)).longValue();
    }

    /** The Epoch policy's {@code block_interval} (TOSCA scalar-unit.time), 1 s when absent or unreadable. */
    static Duration blockInterval(Policies adopted) {
        Object v = adopted.properties(TypeNames.EPOCH).get("block_interval");
        Matcher m = v == null ? null : TIME.matcher(String.valueOf(v));
        if (m == null || !m.matches()) {
            return Duration.ofSeconds(1);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        long nanosPerUnit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "d" -> 86_400_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "s" -> 1_000_000_000L;
            case "ms" -> 1_000_000L;
            case "us" -> 1_000L;
            default -> 1L;
        };
        BigDecimal nanos = amount.multiply(BigDecimal.valueOf(nanosPerUnit)).min(BigDecimal.valueOf(86_400_000_000_000L));
        return Duration.ofNanos(nanos.longValue());
    }

    private static BigDecimal orDefault(BigDecimal v, String d) {
        return v == null ? new BigDecimal(d) : v;
    }
}
