package io.floorwatch.tuning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Erlang C against published figures, and the edges where the closed forms break down (no spare agents, no agents,
 * no work, thousands of agents).
 */
class ErlangCTest {

    /**
     * pyworkforce 0.1.0's published example (its README on PyPI, https://pypi.org/project/pyworkforce/0.1.0/):
     * {@code ErlangC(transactions=100, asa=20/60, aht=3, interval=30)} needs 14 raw positions for 80 %, with
     * {@code service_level 0.8883500191794669} and {@code waiting_probability 0.1741319335950498}. That is 100 calls
     * in 30 minutes at 3 minutes each, A = 10 Erlangs, 14 agents, a 20-second target.
     */
    @Test
    void matchesPyworkforcesPublishedExample() {
        double erlangs = ErlangC.trafficIntensity(100 / 1800.0, 180);
        ErlangC.Result fourteen = ErlangC.of(14, erlangs, 180, 20);

        assertThat(erlangs).isCloseTo(10.0, within(1e-9));
        assertThat(fourteen.waitProbability()).isCloseTo(0.1741319335950498, within(1e-6));
        assertThat(fourteen.serviceLevel()).isCloseTo(0.8883500191794669, within(1e-6));
        // ASA = C·AHT/(N−A) from the published wait probability: 0.17413 · 180 / 4
        assertThat(fourteen.asaSeconds()).isCloseTo(0.1741319335950498 * 180 / 4, within(1e-4));
        assertThat(fourteen.overloaded()).isFalse();
        // "required_positions(service_level=0.8)" answered 14: thirteen fall short of 80 %.
        assertThat(ErlangC.of(13, erlangs, 180, 20).serviceLevel()).isLessThan(0.8);
    }

    /**
     * A support-forum thread of the makers of CC-Excel and Westbay Traffic Calculators ("CCXLService", 12 January
     * 2021, as kept in the Nemotron-CC-Math web corpus): 21 agents, 57 calls an hour of 1,110 seconds and a
     * 180-second target give a service level of 80.7 % (CC-Excel and Westbay's Erlang C agreeing); with a
     * 20-second target the agents needed for 80 % rise from 21 to 23.
     */
    @Test
    void matchesWestbaysCalculator() {
        double erlangs = ErlangC.trafficIntensity(57 / 3600.0, 1110);

        assertThat(ErlangC.of(21, erlangs, 1110, 180).serviceLevel()).isCloseTo(0.807, within(0.0005));
        assertThat(ErlangC.of(20, erlangs, 1110, 180).serviceLevel()).isLessThan(0.8);
        assertThat(ErlangC.of(22, erlangs, 1110, 20).serviceLevel()).isLessThan(0.8);
        assertThat(ErlangC.of(23, erlangs, 1110, 20).serviceLevel()).isGreaterThanOrEqualTo(0.8);
    }

    /**
     * The recursion's Erlang B against the R package queueing's documented example output: {@code B_erlang(2,
     * 0.5/0.7)} prints {@code 0.1295337} (https://rdrr.io/cran/queueing/man/B_erlang.html).
     */
    @Test
    void erlangBMatchesTheQueueingPackagesExample() {
        assertThat(ErlangC.erlangB(2, 0.5 / 0.7)).isCloseTo(0.1295337, within(1e-7));
    }

    @Test
    void theRecursionAgreesWithTheTextbookFormWhereThatFormIsSafe() {
        for (int agents = 1; agents <= 30; agents++) {
            for (double erlangs = 0.5; erlangs < agents; erlangs += 0.75) {
                assertThat(ErlangC.waitProbability(agents, erlangs)).as("N=%d A=%.2f", agents, erlangs)
                        .isCloseTo(textbook(agents, erlangs), within(1e-9));
            }
        }
    }

    @Test
    void thousandsOfAgentsStayFiniteWhereFactorialsWouldOverflow() {
        ErlangC.Result big = ErlangC.of(5000, 4900, 300, 20);

        assertThat(big.waitProbability()).isBetween(0.0, 1.0).isCloseTo(0.0999, within(0.0005));
        assertThat(big.serviceLevel()).isBetween(0.0, 1.0);
        assertThat(big.asaSeconds()).isFinite().isPositive();
    }

    @Test
    void noMoreAgentsThanTheTrafficIsOverloadedNotNaN() {
        for (int agents : new int[] {10, 9, 1}) {
            ErlangC.Result result = ErlangC.of(agents, 10, 180, 20);
            assertThat(result.overloaded()).as("%d agents", agents).isTrue();
            assertThat(result.serviceLevel()).isZero();
            assertThat(result.waitProbability()).isEqualTo(1.0);
            assertThat(result.asaSeconds()).isNull();
        }
    }

    @Test
    void noAgentsWithWorkIsOverloaded() {
        ErlangC.Result none = ErlangC.of(0, 2.5, 180, 20);

        assertThat(none.overloaded()).isTrue();
        assertThat(none.serviceLevel()).isZero();
        assertThat(none.asaSeconds()).isNull();
    }

    @Test
    void noWorkNeverWaitsEvenWithNoAgents() {
        for (int agents : new int[] {0, 3}) {
            ErlangC.Result idle = ErlangC.of(agents, 0, 180, 20);
            assertThat(idle.overloaded()).isFalse();
            assertThat(idle.serviceLevel()).isEqualTo(1.0);
            assertThat(idle.asaSeconds()).isZero();
            assertThat(idle.waitProbability()).isZero();
        }
    }

    /** C(N, A) as printed in the references: (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)). */
    private static double textbook(int n, double a) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += term;
            term = term * a / (k + 1);
        }
        double top = term * n / (n - a);
        return top / (sum + top);
    }
}
