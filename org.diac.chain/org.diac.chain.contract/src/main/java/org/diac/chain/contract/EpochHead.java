package org.diac.chain.contract;

/**
 * Which epoch of a document is the latest, with what a proposal of the next one needs from it (its seed, the
 * previous link of the alpha chain, and when it was stored, when the next became due). Small on purpose: every
 * {@code nextEpoch}, {@code proposeEpoch} and {@code reportStatus} reads it, and the full {@link EpochRecord} carries
 * the allocation (about 460 KB at 5,000 workers), whose parse took a fifth of a proposal's time. Reads as well from
 * a head written before this record existed (a whole EpochRecord): the fields are the same.
 */
public final class EpochHead {

    private final String name;
    private final long epoch;
    private final String seed;
    private final String timestamp;

    public EpochHead() {
        this("", 0, "", "");
    }

    public EpochHead(String name, long epoch, String seed, String timestamp) {
        this.name = name;
        this.epoch = epoch;
        this.seed = seed;
        this.timestamp = timestamp;
    }

    static EpochHead of(EpochRecord r) {
        return new EpochHead(r.getName(), r.getEpoch(), r.getSeed(), r.getTimestamp());
    }

    public String getName() {
        return name;
    }

    public long getEpoch() {
        return epoch;
    }

    public String getSeed() {
        return seed;
    }

    public String getTimestamp() {
        return timestamp;
    }
}
