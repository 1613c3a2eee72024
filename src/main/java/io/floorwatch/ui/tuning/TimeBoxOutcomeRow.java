package io.floorwatch.ui.tuning;

/**
 * What one step of a time-box did to one agent, as the details show it: "start", "applied", "+ Billing 3.0". Before
 * the start the step is "planned" and the change is what the box will make.
 */
public record TimeBoxOutcomeRow(String step, String agent, String result, String change, String message) {
}
