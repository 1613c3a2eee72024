package io.floorwatch.drift;

import io.floorwatch.domain.MediaSettings;
import io.floorwatch.domain.MediaUtilization;
import io.floorwatch.domain.NamedEntity;
import io.floorwatch.domain.QueueDraft;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Skill;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.domain.SkillState;
import io.floorwatch.genesys.Directory;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.ListedQueue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Reads the routing configuration of the connected org into a snapshot keyed by names: skills, divisions, users
 * with their skills (500 a call), queues with their routing (500 a call), the groups, teams, skill groups and
 * in-queue flows that routing names (only when some queue names one), the members of every queue that has any
 * (100 a call), and the org's utilisation.
 * Every call goes through the gateway, so the rate budget counts it and 429s are waited out; the member reads
 * (nearly all the calls) take evenly paced slots, which leaves a reserve for the live floor's own calls.
 */
public final class SnapshotReader {
    /** How far a read has come, for a progress bar. */
    public record Progress(String step, int done, int total) {
        public double fraction() {
            return total <= 0 ? -1 : (double) done / total;
        }
    }

    private final GenesysGateway gateway;

    public SnapshotReader(GenesysGateway gateway) {
        this.gateway = gateway;
    }

    public OrgSnapshot read(BooleanSupplier cancel, Consumer<Progress> progress) {
        long before = gateway.callsMade();
        progress.accept(new Progress("Reading skills and divisions", 0, -1));
        Map<String, String> skillStates = new TreeMap<>();
        Map<String, String> skillIds = new HashMap<>();
        for (Skill skill : gateway.allSkills()) {
            String held = skillStates.get(skill.name());
            // Genesys keeps deleted skills listed; a name that was deleted and made again means the live one.
            if (held == null || SkillState.DELETED.name().equals(held)) {
                skillStates.put(skill.name(), skill.state().name());
                skillIds.put(skill.name(), skill.id());
            }
        }
        Directory directory = gateway.directory();
        Map<String, String> divisionNames = new HashMap<>();
        Map<String, String> divisionIds = new HashMap<>();
        for (NamedEntity division : directory.divisions()) {
            divisionNames.put(division.id(), division.name());
            divisionIds.put(division.name(), division.id());
        }
        stopIf(cancel);

        progress.accept(new Progress("Reading users and their skills", 0, -1));
        List<Directory.UserSkills> users = directory.usersWithSkills();
        Map<String, Integer> namesSeen = new HashMap<>();
        users.forEach(u -> namesSeen.merge(name(u), 1, Integer::sum));
        Map<String, String> keyOfUser = new HashMap<>();
        Map<String, String> agentIds = new HashMap<>();
        Map<String, Map<String, Double>> agents = new TreeMap<>();
        for (Directory.UserSkills user : users) {
            String key = namesSeen.get(name(user)) > 1 ? name(user) + " <" + user.email() + ">" : name(user);
            keyOfUser.put(user.id(), key);
            agentIds.put(key, user.id());
            if (!user.skills().isEmpty()) {
                Map<String, Double> held = new TreeMap<>();
                for (SkillAssignment skill : user.skills()) {
                    held.put(skill.skillName().isEmpty() ? skill.skillId() : skill.skillName(), skill.proficiency());
                }
                agents.put(key, held);
            }
        }
        stopIf(cancel);

        progress.accept(new Progress("Reading queues", 0, -1));
        List<ListedQueue> listed = gateway.allQueuesWithRouting();
        Map<String, String> queueNames = new HashMap<>();
        listed.forEach(q -> queueNames.put(q.queue().id(), q.queue().name()));
        Map<String, String> skillNames = new HashMap<>();
        skillIds.forEach((name, id) -> skillNames.put(id, name));
        RoutingNames names = new RoutingNames(directory, skillNames, queueNames, listed);
        Map<String, ConfigSnapshot.Queue> snapshotQueues = new TreeMap<>();
        Map<String, String> queueIds = new HashMap<>();
        List<RoutingQueue> queues = listed.stream().map(ListedQueue::queue).toList();
        Map<String, QueueDraft> routingOf = new HashMap<>();
        listed.forEach(q -> routingOf.put(q.queue().id(), q.routing()));
        int done = 0;
        for (RoutingQueue queue : queues) {
            stopIf(cancel);
            progress.accept(new Progress("Reading the members of queue " + queue.name(), done++, queues.size()));
            List<String> members = new ArrayList<>();
            if (queue.memberCount() > 0) {
                gateway.pace();
                for (QueueMember member : gateway.queueMembers(queue.id())) {
                    members.add(keyOfUser.getOrDefault(member.userId(), member.name()));
                }
            }
            snapshotQueues.put(queue.name(), names.withRouting(queue.id(), queue(queue.settings(), divisionNames, members),
                    routingOf.get(queue.id())));
            queueIds.put(queue.name(), queue.id());
        }
        stopIf(cancel);
        progress.accept(new Progress("Reading the org's utilisation", queues.size(), queues.size()));
        Map<String, MediaUtilization> utilization = gateway.utilizations().org().media();
        progress.accept(new Progress("Read", queues.size(), queues.size()));
        ConfigSnapshot snapshot = new ConfigSnapshot(ConfigSnapshot.FORMAT_VERSION, snapshotQueues, skillStates,
                agents, utilization);
        int calls = (int) (gateway.callsMade() - before);
        return new OrgSnapshot(snapshot, queueIds, skillIds, agentIds, divisionIds, names.groupIds(),
                names.flowIds(), calls);
    }

    static ConfigSnapshot.Queue queue(QueueSettings settings, Map<String, String> divisionNames,
            List<String> members) {
        Map<String, ConfigSnapshot.Media> media = new TreeMap<>();
        for (Map.Entry<String, MediaSettings> entry : settings.media().entrySet()) {
            media.put(entry.getKey(), QueueFields.recorded(entry.getValue()));
        }
        String division = settings.divisionId() == null ? "" : divisionNames.getOrDefault(settings.divisionId(),
                settings.divisionId());
        return new ConfigSnapshot.Queue(settings.description(), division, settings.skillEvaluationMethod() == null
                ? "" : settings.skillEvaluationMethod().name(), settings.wrapupPrompt(), settings.acwTimeoutMs(),
                media, members);
    }

    private static String name(Directory.UserSkills user) {
        return user.name() == null || user.name().isBlank() ? user.id() : user.name();
    }

    private static void stopIf(BooleanSupplier cancel) {
        if (cancel.getAsBoolean()) {
            throw new CancellationException("the snapshot read was cancelled");
        }
    }
}
