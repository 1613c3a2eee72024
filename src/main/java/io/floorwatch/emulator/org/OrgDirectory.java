package io.floorwatch.emulator.org;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SkillState;
import io.floorwatch.domain.SystemPresence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Everything the emulated org holds, and the one place that changes it (so listeners never miss a change). */
public final class OrgDirectory {
    private final Clock clock;
    private final PresenceCatalog presences;
    private final Supplier<String> ids;
    private final String homeDivisionId;
    private final List<EmUser> users = new CopyOnWriteArrayList<>();
    private final Map<String, EmUser> usersById = new ConcurrentHashMap<>();
    private final Map<String, EmTeam> teams = new LinkedHashMap<>();
    private final Map<String, EmSkill> skills = new ConcurrentHashMap<>();
    private final Map<String, EmQueue> queues = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> queuesByUser = new ConcurrentHashMap<>();
    private final List<OrgListener> listeners = new CopyOnWriteArrayList<>();
    private final List<EmNamed> divisions = new CopyOnWriteArrayList<>();
    private final List<EmNamed> groups = new CopyOnWriteArrayList<>();
    private final List<EmNamed> skillGroups = new CopyOnWriteArrayList<>();
    private final List<EmNamed> flows = new CopyOnWriteArrayList<>();
    private final Map<String, EmAccount> accounts = new ConcurrentHashMap<>();
    private final EmUtilization utilization = new EmUtilization();
    private final EmWorkforce workforce;
    /** Each user's conversations from connect to the end of after-call work, by conversation id. */
    private final Map<String, Map<String, EmConversation>> conversations = new ConcurrentHashMap<>();

    public OrgDirectory(Clock clock, PresenceCatalog presences, Supplier<String> ids) {
        this.clock = clock;
        this.presences = presences;
        this.ids = ids;
        this.homeDivisionId = ids.get();
        divisions.add(new EmNamed(homeDivisionId, "Home", "", List.of()));
        this.workforce = new EmWorkforce(this);
    }

    /**
     * Workforce management: units, activity codes, schedules and adherence. It judges adherence on presence and
     * routing changes once added as a listener (after the notification publisher, so presence goes out first).
     */
    public EmWorkforce workforce() {
        return workforce;
    }

    // ---- what queues refer to: divisions, groups, skill groups, flows ---------------------------------

    public EmNamed addDivision(String name) {
        EmNamed division = new EmNamed(newId(), name, "", List.of());
        divisions.add(division);
        return division;
    }

    public List<EmNamed> divisions() {
        return List.copyOf(divisions);
    }

    public Optional<EmNamed> division(String id) {
        return divisions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public EmNamed addGroup(String name, List<String> memberIds) {
        EmNamed group = new EmNamed(newId(), name, "", memberIds);
        groups.add(group);
        return group;
    }

    public List<EmNamed> groups() {
        return List.copyOf(groups);
    }

    public EmNamed addSkillGroup(String name) {
        EmNamed group = new EmNamed(newId(), name, "", List.of());
        skillGroups.add(group);
        return group;
    }

    public List<EmNamed> skillGroups() {
        return List.copyOf(skillGroups);
    }

    /** @param type the architect flow type, e.g. {@code inqueuecall} */
    public EmNamed addFlow(String name, String type) {
        EmNamed flow = new EmNamed(newId(), name, type, List.of());
        flows.add(flow);
        return flow;
    }

    public List<EmNamed> flows() {
        return List.copyOf(flows);
    }

    /** The org's one division ("Home"), which every user and generated queue belongs to. */
    public String homeDivisionId() {
        return homeDivisionId;
    }

    public Clock clock() {
        return clock;
    }

    public PresenceCatalog presences() {
        return presences;
    }

    public String newId() {
        return ids.get();
    }

    public void addListener(OrgListener listener) {
        listeners.add(listener);
    }

    // ---- teams and users -------------------------------------------------------------------------------

    public synchronized EmTeam addTeam(String name) {
        EmTeam team = new EmTeam(newId(), name);
        teams.put(team.id(), team);
        return team;
    }

    public synchronized List<EmTeam> teams() {
        return List.copyOf(teams.values());
    }

    public EmUser addUser(String name, String email, String title, EmTeam team) {
        return addUser(name, email, title, team, homeDivisionId);
    }

    public EmUser addUser(String name, String email, String title, EmTeam team, String divisionId) {
        synchronized (users) {
            EmUser user = new EmUser(users.size(), newId(), name, email, title, team, divisionId);
            users.add(user);
            usersById.put(user.id(), user);
            return user;
        }
    }

    /** Users in a stable order (creation order), as paged listings need. */
    public List<EmUser> users() {
        return Collections.unmodifiableList(users);
    }

    public Optional<EmUser> user(String id) {
        return Optional.ofNullable(id == null ? null : usersById.get(id));
    }

    /** The org's and the agents' utilisation settings. */
    public EmUtilization utilization() {
        return utilization;
    }

    // ---- who may sign in ------------------------------------------------------------------------------

    public void addAccount(EmAccount account) {
        accounts.put(account.email().toLowerCase(java.util.Locale.ROOT), account);
    }

    /** The account that signs in with this email (any case), if there is one. */
    public Optional<EmAccount> account(String email) {
        return Optional.ofNullable(email == null ? null : accounts.get(email.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    public Optional<EmAccount> accountOf(String userId) {
        return accounts.values().stream().filter(a -> a.userId().equals(userId)).findFirst();
    }

    public List<EmAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    public void setPresence(EmUser user, SystemPresence presence) {
        setPresence(user, presence, clock.instant());
    }

    /** Sets the presence as of {@code now} (a state the agent was found in when the floor opened), telling all. */
    public void setPresence(EmUser user, SystemPresence presence, Instant now) {
        boolean leftQueue;
        EmUser.Status status;
        synchronized (user) {
            user.setPresence(presence, now);
            // Routing status only applies On Queue; leaving it takes the agent off the ACD.
            leftQueue = presence != SystemPresence.ON_QUEUE && user.routingStatus() != RoutingStatus.OFF_QUEUE;
            if (leftQueue) {
                user.setRoutingStatus(RoutingStatus.OFF_QUEUE, now);
            }
            status = user.status();
        }
        if (leftQueue) {
            listeners.forEach(l -> l.routingStatusChanged(user, status));
        }
        listeners.forEach(l -> l.presenceChanged(user, status));
    }

    public void setRoutingStatus(EmUser user, RoutingStatus routingStatus) {
        setRoutingStatus(user, routingStatus, clock.instant());
    }

    /** Sets the routing status as of {@code since} (an interaction the agent was found in when the floor opened). */
    public void setRoutingStatus(EmUser user, RoutingStatus routingStatus, Instant since) {
        EmUser.Status status;
        synchronized (user) {
            user.setRoutingStatus(routingStatus, since);
            status = user.status();
        }
        listeners.forEach(l -> l.routingStatusChanged(user, status));
    }

    /** Sets state without telling anyone: the generator's initial floor, before any socket exists. */
    public void initialState(EmUser user, SystemPresence presence, Instant presenceSince, RoutingStatus routing,
            Instant routingSince) {
        user.setPresence(presence, presenceSince);
        user.setRoutingStatus(routing, routingSince);
    }

    public void putUserSkill(EmUser user, String skillId, double proficiency) {
        user.putSkill(skillId, proficiency);
    }

    public boolean removeUserSkill(EmUser user, String skillId) {
        return user.removeSkill(skillId);
    }

    public void replaceUserSkills(EmUser user, List<Map.Entry<String, Double>> newSkills) {
        user.replaceSkills(newSkills);
    }

    // ---- skills ----------------------------------------------------------------------------------------

    public EmSkill addSkill(String name, SkillState state) {
        EmSkill skill = new EmSkill(newId(), name, state, 1, clock.instant());
        skills.put(skill.id(), skill);
        return skill;
    }

    /** Skills sorted by name, as the listing returns them. */
    public List<EmSkill> skills() {
        List<EmSkill> sorted = new ArrayList<>(skills.values());
        sorted.sort(Comparator.comparing(EmSkill::name, String.CASE_INSENSITIVE_ORDER).thenComparing(EmSkill::id));
        return sorted;
    }

    public Optional<EmSkill> skill(String id) {
        return Optional.ofNullable(id == null ? null : skills.get(id));
    }

    public Optional<EmSkill> setSkillState(String id, SkillState state) {
        return Optional.ofNullable(skills.computeIfPresent(id, (k, s) -> s.withState(state, clock.instant())));
    }

    // ---- queues ----------------------------------------------------------------------------------------

    public EmQueue addQueue(ObjectNode body, String createdBy) {
        EmQueue queue = new EmQueue(newId(), body, clock.instant(), createdBy);
        queues.put(queue.id(), queue);
        return queue;
    }

    public void replaceQueue(EmQueue queue, ObjectNode body, String modifiedBy) {
        queue.replaceBody(body, clock.instant(), modifiedBy);
    }

    public boolean deleteQueue(String id) {
        EmQueue removed = queues.remove(id);
        if (removed == null) {
            return false;
        }
        removed.members().forEach(m -> queuesByUser.getOrDefault(m.userId(), Set.of()).remove(id));
        return true;
    }

    /** Queues sorted by name, as the listing returns them. */
    public List<EmQueue> queues() {
        List<EmQueue> sorted = new ArrayList<>(queues.values());
        sorted.sort(Comparator.comparing(EmQueue::name, String.CASE_INSENSITIVE_ORDER).thenComparing(EmQueue::id));
        return sorted;
    }

    public Optional<EmQueue> queue(String id) {
        return Optional.ofNullable(id == null ? null : queues.get(id));
    }

    public boolean addMember(EmQueue queue, String userId, boolean joined) {
        boolean added = queue.addMember(userId, joined);
        if (added) {
            queuesByUser.computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(queue.id());
            listeners.forEach(l -> l.membershipChanged(queue, userId, true));
        }
        return added;
    }

    /**
     * Joins a member to the queue's routing or unjoins them (they stay a member). Listeners hear it as a change of
     * membership, as the queue-users topic carries both.
     */
    public boolean setJoined(EmQueue queue, String userId, boolean joined) {
        boolean changed = queue.setJoined(userId, joined);
        if (changed) {
            listeners.forEach(l -> l.membershipChanged(queue, userId, true));
        }
        return changed;
    }

    public boolean removeMember(EmQueue queue, String userId) {
        boolean removed = queue.removeMember(userId);
        if (removed) {
            queuesByUser.getOrDefault(userId, Set.of()).remove(queue.id());
            listeners.forEach(l -> l.membershipChanged(queue, userId, false));
        }
        return removed;
    }

    /** Ids of the queues the user is a member of. */
    public Set<String> queueIdsOf(String userId) {
        return Set.copyOf(queuesByUser.getOrDefault(userId, Set.of()));
    }

    /** Ids of the queues the user is joined to, which Genesys calls their active queues. */
    public Set<String> activeQueueIdsOf(String userId) {
        return queuesByUser.getOrDefault(userId, Set.of()).stream().map(queues::get).filter(Objects::nonNull)
                .filter(q -> q.member(userId).map(EmQueue.Member::joined).orElse(false)).map(EmQueue::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    // ---- conversations ---------------------------------------------------------------------------------

    /**
     * Stores a conversation's new state and tells the listeners; one that {@link EmConversation#ended() ended} is
     * no longer the user's (it is told once more, as ended).
     */
    public void putConversation(EmConversation conversation) {
        EmUser user = usersById.get(conversation.userId());
        if (user == null) {
            throw new IllegalArgumentException("no user " + conversation.userId());
        }
        Map<String, EmConversation> held = conversations.computeIfAbsent(user.id(), k -> new ConcurrentHashMap<>());
        if (conversation.ended()) {
            held.remove(conversation.id());
        } else {
            held.put(conversation.id(), conversation);
        }
        listeners.forEach(l -> l.conversationChanged(user, conversation));
    }

    /** The user's conversations now, oldest connection first. */
    public List<EmConversation> conversationsOf(String userId) {
        List<EmConversation> list = new ArrayList<>(conversations.getOrDefault(userId, Map.of()).values());
        list.sort(Comparator.comparing(EmConversation::connectedAt).thenComparing(EmConversation::id));
        return list;
    }

    /** Every conversation an agent holds now. */
    public List<EmConversation> allConversations() {
        List<EmConversation> all = new ArrayList<>();
        conversations.values().forEach(held -> all.addAll(held.values()));
        return all;
    }
}
