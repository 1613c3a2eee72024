package io.floorwatch.drift;

import java.util.Map;

/**
 * A snapshot read from a live org, with the ids behind its names: what a revert needs to write back.
 *
 * @param queueIds    queue name to id
 * @param skillIds    skill name to the id of the skill that name stands for (an active one before a deleted one)
 * @param agentIds    agent key (the name, or "name &lt;email&gt;" where names repeat) to user id
 * @param divisionIds division name to id
 * @param groupIds    member group "TYPE:name" (GROUP, TEAM, SKILLGROUP) to id
 * @param flowIds     in-queue call flow name to id
 * @param calls       how many API calls the read took
 */
public record OrgSnapshot(ConfigSnapshot snapshot, Map<String, String> queueIds, Map<String, String> skillIds,
        Map<String, String> agentIds, Map<String, String> divisionIds, Map<String, String> groupIds,
        Map<String, String> flowIds, int calls) {
    public OrgSnapshot {
        queueIds = Map.copyOf(queueIds);
        skillIds = Map.copyOf(skillIds);
        agentIds = Map.copyOf(agentIds);
        divisionIds = Map.copyOf(divisionIds);
        groupIds = Map.copyOf(groupIds);
        flowIds = Map.copyOf(flowIds);
    }
}
