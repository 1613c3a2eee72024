package io.floorwatch.ui.queues;

import io.floorwatch.history.AdherenceHistory;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Percents;

import java.time.Duration;

/**
 * One line of the adherence report (the floor, a team or an agent), its figures written once as the tables show
 * them.
 *
 * @param adherence  the share of scheduled time in adherence, "92 %"; "—" with nothing scheduled
 * @param share      the same as a number, for sorting the worst first (2 with nothing scheduled: last)
 * @param scheduled  scheduled time judged, "6 h 12 min"
 * @param out        of that, out of adherence, "24 min"
 * @param now        now: for a team or the floor "3 of 12 out", for an agent what they are scheduled for and do
 */
public record AdherenceLine(String id, String name, String team, String adherence, double share, String scheduled,
        String out, String now) {
    static AdherenceLine of(AdherenceHistory.Share figures, String name, String team, String now) {
        boolean judged = figures.scheduledSeconds() > 0;
        return new AdherenceLine(figures.agentId(), name, team, judged ? Percents.of(figures.adherence())
                : Percents.UNKNOWN, judged ? figures.adherence() : 2, Durations.total(Duration.ofSeconds(
                        figures.scheduledSeconds())), Durations.total(Duration.ofSeconds(figures.outSeconds())), now);
    }
}
