package io.floorwatch.tuning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.floorwatch.base.JsonMappers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What-if reports as text: JSON for the time-box store (which keeps it opaque and gives it back for the report after
 * the time-box), and plain lines for the command line, the model and its assumptions first.
 * <pre>
 * {"formatVersion":1,"model":"Erlang C","assumptions":"…","at":"2026-12-07T09:00:00Z","queues":[{"queueId":…}]}
 * </pre>
 */
public final class WhatIfReports {
    public static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = JsonMappers.COMPACT;

    /** The stored form: the report with its time as ISO-8601 text and a version to refuse newer ones by. */
    record Stored(int formatVersion, String model, String assumptions, String at, List<QueueProjection> queues) {
    }

    private WhatIfReports() {
    }

    public static String toJson(WhatIfReport report) {
        try {
            return JSON.writeValueAsString(new Stored(FORMAT_VERSION, report.model(), report.assumptions(),
                    report.at().toString(), report.queues()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A what-if report did not serialize: " + e.getOriginalMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming what is wrong when the text is not a report this version reads */
    public static WhatIfReport fromJson(String json) {
        Stored stored;
        try {
            stored = JSON.readValue(json, Stored.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a what-if report: " + e.getOriginalMessage(), e);
        }
        if (stored.formatVersion() < 1 || stored.formatVersion() > FORMAT_VERSION) {
            throw new IllegalArgumentException("What-if report format " + stored.formatVersion()
                    + " is not one this version reads (1 to " + FORMAT_VERSION + ")");
        }
        if (stored.model() == null || stored.assumptions() == null || stored.at() == null) {
            throw new IllegalArgumentException("A what-if report needs its model, assumptions and time");
        }
        try {
            return new WhatIfReport(stored.model(), stored.assumptions(), Instant.parse(stored.at()),
                    stored.queues() == null ? List.of() : stored.queues());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("What-if report time '" + stored.at() + "' is not ISO-8601", e);
        }
    }

    /**
     * The report for a terminal: the model and assumptions, then one line a queue, e.g. "Billing (skill Billing):
     * 42/h, AHT 5:10, target 20 s; agents 6 → 8; SL 61 % → 84 %; ASA 38 s → 9 s; measured SL 79 %, ASA 12 s
     * (measured over the last 30 minutes)".
     */
    public static List<String> lines(WhatIfReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("Model: " + report.model() + ". " + report.assumptions());
        if (report.queues().isEmpty()) {
            lines.add(NOTHING_TOUCHED);
        }
        for (QueueProjection q : report.queues()) {
            Cells c = cells(q);
            lines.add(c.queue() + " (skill " + c.skill() + "): " + c.callsPerHour() + "/h, AHT " + c.aht()
                    + ", target " + c.target() + "; agents " + c.agents() + "; SL " + c.serviceLevel() + "; ASA "
                    + c.asa() + "; measured " + c.measured() + (c.note().isEmpty() ? "" : " (" + c.note() + ")"));
        }
        return lines;
    }

    /** What a report says when the plan changes no queue's required skill. */
    public static final String NOTHING_TOUCHED = "The plan changes no skill a queue is known to require.";

    /**
     * One queue's figures as a person reads them, for a table or a line: "42", "5:10", "20 s", "6 → 8",
     * "61 % → 84 %", "38 s → 9 s", "SL 79 %, ASA 12 s" (or "nothing answered").
     */
    public record Cells(String queue, String skill, String callsPerHour, String aht, String target, String agents,
            String serviceLevel, String asa, String measured, String note) {
    }

    public static Cells cells(QueueProjection q) {
        return new Cells(q.queueName(), q.skillName(), rate(q.offeredPerHour()),
                q.ahtSeconds() == null ? "unknown" : clock(q.ahtSeconds()), Math.round(q.targetSeconds()) + " s",
                q.agentsNow() + " → " + q.agentsAfter(), percent(q.slNow()) + " → " + percent(q.slAfter()),
                asa(q.asaNow(), q.overloadedNow()) + " → " + asa(q.asaAfter(), q.overloadedAfter()),
                q.measuredSl() == null && q.measuredAsa() == null ? "nothing answered"
                        : "SL " + percent(q.measuredSl()) + ", ASA " + asa(q.measuredAsa(), false), q.note());
    }

    private static String rate(double perHour) {
        return perHour >= 10 || perHour == 0 ? Long.toString(Math.round(perHour))
                : String.format(Locale.ROOT, "%.1f", perHour);
    }

    private static String percent(Double share) {
        return share == null ? "unknown" : Math.round(share * 100) + " %";
    }

    private static String asa(Double seconds, boolean overloaded) {
        if (overloaded) {
            return "unbounded (overloaded)";
        }
        if (seconds == null) {
            return "unknown";
        }
        return seconds < 60 ? Math.round(seconds) + " s" : clock(seconds);
    }

    /** Minutes and seconds, "5:10". */
    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
}
