package org.diac.chain.bench;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.GsonBuilder;
import com.google.gson.annotations.SerializedName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one {@code diac bench chain} run, as tables beside the paper's or as JSON. */
public record ChainBenchReport(String date, String machine, String settings, List<DocumentTiming> documents,
        Throughput create, Throughput read) {

    /** The JSON the issue fixes ({@code import_s}, {@code export_s}, ...) plus the details behind it. */
    record Json(@SerializedName("import_s") Map<String, Double> importS,
            @SerializedName("export_s") Map<String, Double> exportS,
            @SerializedName("create_tps") double createTps,
            @SerializedName("read_tps") double readTps,
            @SerializedName("create_latency_avg_s") double createLatencyAvgS,
            @SerializedName("read_latency_avg_s") double readLatencyAvgS,
            String date, String machine, String settings,
            List<DocumentTiming> documents, Throughput create, Throughput read) {
    }

    public String json() {
        Map<String, Double> imports = new LinkedHashMap<>();
        Map<String, Double> exports = new LinkedHashMap<>();
        for (DocumentTiming d : documents) {
            imports.put(d.label(), round(d.importP50S()));
            exports.put(d.label(), round(d.exportP50S()));
        }
        Json json = new Json(imports, exports, round(create.throughputTps()), round(read.throughputTps()),
                round(create.avgLatencyS()), round(read.avgLatencyS()), date, machine, settings, documents, create,
                read);
        // the details in the same snake_case as the keys the issue fixes
        return new GsonBuilder().setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).setPrettyPrinting()
                .serializeSpecialFloatingPointValues().create().toJson(json);
    }

    public String tables() {
        StringBuilder t = new StringBuilder();
        t.append("machine: ").append(machine).append("; ").append(date).append('\n');
        t.append("settings: ").append(settings).append("\n\n");
        t.append("Table IV: import (publish + commit) and export (evaluate + write YAML), median seconds\n");
        t.append(String.format(Locale.ROOT, "%-9s %8s %10s %10s %12s %12s %8s%n", "size KB", "bytes", "import",
                "export", "paper import", "paper export", "speed-up"));
        for (DocumentTiming d : documents) {
            double[] paper = PaperFigures.TABLE_IV.get(d.label());
            t.append(String.format(Locale.ROOT, "%-9s %8d %10.3f %10.4f %12s %12s %8s%n", d.label(), d.bytes(),
                    d.importP50S(), d.exportP50S(), paper == null ? "-" : fixed(paper[0], 3),
                    paper == null ? "-" : fixed(paper[1], 3),
                    paper == null ? "-" : fixed(paper[0] / d.importP50S(), 1) + "x"));
        }
        t.append(String.format(Locale.ROOT, "goals: import <= %.2f s, export <= %.2f s%n%n", PaperFigures.GOAL_IMPORT_S,
                PaperFigures.GOAL_EXPORT_S));
        t.append("Table V: create asset (publish a new 0.7 KB document) and read asset (export one)\n");
        t.append(String.format(Locale.ROOT, "%-22s %14s %14s %14s %14s%n", "metric", "create", "paper create", "read",
                "paper read"));
        Throughput pc = PaperFigures.CREATE;
        Throughput pr = PaperFigures.READ;
        row(t, "successes / fail", create.successes() + "/" + create.failures(), pc.successes() + "/" + pc.failures(),
                read.successes() + "/" + read.failures(), pr.successes() + "/" + pr.failures());
        row(t, "send rate (TPS)", fixed(create.sendRateTps(), 1), fixed(pc.sendRateTps(), 1),
                fixed(read.sendRateTps(), 1), fixed(pr.sendRateTps(), 2));
        row(t, "max / min latency (s)", fixed(create.maxLatencyS(), 2) + "/" + fixed(create.minLatencyS(), 3),
                fixed(pc.maxLatencyS(), 2) + "/" + fixed(pc.minLatencyS(), 2),
                fixed(read.maxLatencyS(), 3) + "/" + fixed(read.minLatencyS(), 4),
                fixed(pr.maxLatencyS(), 2) + "/" + fixed(pr.minLatencyS(), 3));
        row(t, "avg latency (s)", fixed(create.avgLatencyS(), 3), fixed(pc.avgLatencyS(), 2),
                fixed(read.avgLatencyS(), 4), fixed(pr.avgLatencyS(), 1));
        row(t, "throughput (TPS)", fixed(create.throughputTps(), 1), fixed(pc.throughputTps(), 1),
                fixed(read.throughputTps(), 1), fixed(pr.throughputTps(), 1));
        t.append(String.format(Locale.ROOT, "goals: create >= %.0f TPS, read >= %.0f TPS%n", PaperFigures.GOAL_CREATE_TPS,
                PaperFigures.GOAL_READ_TPS));
        return t.toString();
    }

    private static void row(StringBuilder t, String metric, String a, String b, String c, String d) {
        t.append(String.format(Locale.ROOT, "%-22s %14s %14s %14s %14s%n", metric, a, b, c, d));
    }

    private static String fixed(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10000.0) / 10000.0;
    }
}
