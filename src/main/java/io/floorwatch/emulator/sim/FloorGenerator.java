package io.floorwatch.emulator.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SkillState;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmRole;
import io.floorwatch.emulator.org.EmSkill;
import io.floorwatch.emulator.org.EmTeam;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.EmUtilization;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a believable org from a seed: the same seed and sizes always give the same names, teams, skills,
 * queues, memberships and opening floor (ids included, as they come from the org's seeded id source).
 */
public final class FloorGenerator {
    /** The division most generated objects live in. */
    public static final String HOME_DIVISION_NAME = "Home";
    private static final int TEAMS_A_UNIT = 3;
    private static final List<String> UNITS = List.of("North site", "South site", "East site", "West site",
            "Central site");

    /** The second division: every fourth queue and team, and what the read-only supervisor is granted. */
    public static final String SECOND_DIVISION_NAME = "Operations";
    /** The password of every generated account (the emulator prints who may sign in with it). */
    public static final String PASSWORD = "floorwatch-demo";

    private static final List<String> FIRST = List.of("Ava", "Liam", "Olivia", "Noah", "Emma", "Mateo", "Sofia",
            "Lucas", "Amara", "Ethan", "Chloe", "Kenji", "Priya", "Omar", "Isla", "Diego", "Hana", "Jonas", "Leila",
            "Marcus", "Nadia", "Oscar", "Ruby", "Samir", "Tara", "Victor", "Yara", "Zane", "Elena", "Felix", "Grace",
            "Hugo", "Ines", "Jamal", "Kira", "Leo", "Maya", "Nico", "Paula", "Quinn", "Rosa", "Theo", "Uma", "Wes",
            "Aisha", "Ben", "Carla", "Dev", "Eva", "Finn");
    private static final List<String> LAST = List.of("Chen", "Garcia", "Okafor", "Muller", "Silva", "Kowalski",
            "Nguyen", "Haddad", "Rossi", "Jensen", "Tanaka", "Patel", "Dubois", "Novak", "Larsen", "Moreau", "Ibrahim",
            "Schmidt", "Costa", "Murphy", "Kim", "Singh", "Alvarez", "Berg", "Fischer", "Hughes", "Ivanova", "Lopez",
            "Mensah", "Olsen", "Park", "Quinteros", "Reyes", "Sato", "Torres", "Vargas", "Walsh", "Yilmaz", "Zhou",
            "Abbott");
    private static final List<String> TEAMS = List.of("Aurora", "Beacon", "Cascade", "Delta", "Ember", "Falcon",
            "Granite", "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nova", "Orbit", "Pioneer",
            "Quartz", "Ridge", "Summit", "Tidal", "Unity", "Vertex", "Willow", "Zenith");
    private static final List<String> LANGUAGES = List.of("English", "Spanish", "French", "German", "Portuguese",
            "Italian", "Japanese", "Mandarin");
    private static final List<String> PRODUCTS = List.of("Billing", "Technical Support", "Sales", "Retention",
            "Returns", "Claims", "Onboarding", "Fraud", "Shipping", "Premium Care", "Accounts", "Payments", "Warranty",
            "Escalations", "Loyalty", "Cards");
    private static final List<String> QUEUE_VARIANTS = List.of("", " - Tier 2", " - Spanish", " - VIP", " - Chat");

    private final OrgDirectory org;
    private final SimSettings settings;

    public FloorGenerator(OrgDirectory org, SimSettings settings) {
        this.org = org;
        this.settings = settings;
    }

    /** Fills the org and returns what the simulator needs beyond it. */
    public FloorPlan generate() {
        Random random = new Random(settings.seed());
        List<EmSkill> skills = createSkills();
        List<EmSkill> active = skills.stream().filter(s -> s.state() == SkillState.ACTIVE).toList();
        List<EmSkill> languages = active.stream().filter(s -> LANGUAGES.contains(s.name())).toList();
        List<EmSkill> products = active.stream().filter(s -> !LANGUAGES.contains(s.name())).toList();
        List<EmSkill> queueSkillPool = products.isEmpty() ? active : products;

        String home = org.homeDivisionId();
        String second = org.addDivision(SECOND_DIVISION_NAME).id();
        List<EmQueue> queues = new ArrayList<>();
        Map<String, List<String>> queueSkills = new HashMap<>();
        for (int i = 0; i < settings.queues(); i++) {
            EmQueue queue = org.addQueue(queueBody(queueName(i), i % 4 == 3 ? second : home, random), "emulator");
            queues.add(queue);
            List<String> required = new ArrayList<>();
            if (!queueSkillPool.isEmpty()) {
                required.add(queueSkillPool.get(i % queueSkillPool.size()).id());
            }
            if (!languages.isEmpty() && i % 5 == 2) {
                required.add(languages.get(Math.min(1, languages.size() - 1)).id());
            }
            queueSkills.put(queue.id(), List.copyOf(required));
        }

        int teamCount = Math.max(1, (int) Math.ceil(settings.agents() / 12.0));
        List<EmTeam> teams = new ArrayList<>();
        for (int t = 0; t < teamCount; t++) {
            String base = "Team " + TEAMS.get(t % TEAMS.size());
            teams.add(org.addTeam(t < TEAMS.size() ? base : base + " " + (t / TEAMS.size() + 1)));
        }
        Map<EmTeam, List<EmQueue>> teamQueues = new HashMap<>();
        for (int t = 0; t < teams.size(); t++) {
            Set<EmQueue> worked = new LinkedHashSet<>();
            worked.add(queues.get(t % queues.size()));
            worked.add(queues.get((t * 7 + 3) % queues.size()));
            if (t % 3 == 0) {
                worked.add(queues.get((t * 5 + 1) % queues.size()));
            }
            teamQueues.put(teams.get(t), List.copyOf(worked));
        }

        Map<String, FloorPlan.Behaviour> behaviours = new HashMap<>();
        Set<String> usedNames = new HashSet<>();
        Instant now = org.clock().instant();
        for (int i = 0; i < settings.agents(); i++) {
            EmTeam team = teams.get(i % teams.size());
            boolean supervisor = i < teams.size();
            String name = uniqueName(random, usedNames);
            String email = name.toLowerCase(Locale.ROOT).replace(' ', '.').replace("..", ".") + "@floorwatch.example";
            EmUser user = org.addUser(name, email, supervisor ? "Supervisor" : "Agent", team,
                    inSecondDivision(teams.indexOf(team), teams.size()) ? second : home);
            for (EmQueue queue : teamQueues.get(team)) {
                org.addMember(queue, user.id(), random.nextDouble() > 0.05);
            }
            assignSkills(user, teamQueues.get(team), queueSkills, languages, random);
            FloorPlan.Behaviour behaviour = supervisor ? FloorPlan.Behaviour.NORMAL : behaviourFor(i);
            if (behaviour != FloorPlan.Behaviour.NORMAL) {
                behaviours.put(user.id(), behaviour);
            }
            openingState(user, behaviour, now, random);
        }
        addManagementUnits(teams);
        addDirectory();
        addAccounts(teams.size(), second);
        setUtilization();
        return new FloorPlan(Map.copyOf(queueSkills), Map.copyOf(behaviours));
    }

    /**
     * Workforce management units of {@value #TEAMS_A_UNIT} teams each, as a site schedules its agents together;
     * every user is in one.
     */
    private void addManagementUnits(List<EmTeam> teams) {
        for (int first = 0; first < teams.size(); first += TEAMS_A_UNIT) {
            List<EmTeam> unitTeams = teams.subList(first, Math.min(teams.size(), first + TEAMS_A_UNIT));
            List<String> members = org.users().stream().filter(u -> unitTeams.contains(u.team()))
                    .map(EmUser::id).toList();
            int index = first / TEAMS_A_UNIT;
            String name = UNITS.get(index % UNITS.size()) + (index < UNITS.size() ? "" : " " + (index / UNITS.size()
                    + 1));
            org.workforce().addUnit(name, members);
        }
    }

    /** Every fourth team works in the second division, and the last one too, so that even a small floor has one. */
    private static boolean inSecondDivision(int team, int teams) {
        return teams > 1 && (team % 4 == 3 || team == teams - 1);
    }

    /**
     * Who may sign in: the first team's supervisor with every routing permission in every division, the supervisor
     * of the first team in the second division who may only look and only at that division, and the first agent.
     */
    private void addAccounts(int supervisors, String secondDivision) {
        List<EmUser> people = org.users();
        if (people.isEmpty()) {
            return;
        }
        EmUser full = people.get(0);
        org.addAccount(new EmAccount(full.id(), full.name(), full.email(), PASSWORD, EmRole.supervisor(org.newId()),
                Set.of()));
        if (supervisors > 1) {
            // The first supervisor of a team in the second division (user i leads team i).
            int team = 0;
            while (!inSecondDivision(team, supervisors)) {
                team++;
            }
            EmUser watcher = people.get(team);
            org.addAccount(new EmAccount(watcher.id(), watcher.name(), watcher.email(), PASSWORD,
                    EmRole.readOnlySupervisor(org.newId()), Set.of(secondDivision)));
        }
        if (people.size() > supervisors) {
            EmUser agent = people.get(supervisors);
            org.addAccount(new EmAccount(agent.id(), agent.name(), agent.email(), PASSWORD, EmRole.agent(org.newId()),
                    Set.of()));
        }
    }

    /**
     * The org's utilisation as a contact center sets it: one call or callback at a time, three chats, four
     * messages, and an email that calls, callbacks and chats may interrupt. Every twentieth agent is a digital
     * specialist with their own setting (five chats, six messages), so the floor shows both levels.
     */
    private void setUtilization() {
        ObjectNode media = Json.object();
        media.set("call", EmUtilization.capacity(1, List.of(), false));
        media.set("callback", EmUtilization.capacity(1, List.of(), false));
        media.set("chat", EmUtilization.capacity(3, List.of(), false));
        media.set("email", EmUtilization.capacity(1, List.of("call", "callback", "chat"), false));
        media.set("message", EmUtilization.capacity(4, List.of(), false));
        org.utilization().setOrg(media);
        List<EmUser> people = org.users();
        for (int i = 19; i < people.size(); i += 20) {
            ObjectNode own = media.deepCopy();
            own.set("chat", EmUtilization.capacity(5, List.of(), false));
            own.set("message", EmUtilization.capacity(6, List.of(), false));
            org.utilization().setAgent(people.get(i).id(), own);
        }
    }

    /** What new queues can refer to: the second division, a few groups with members, skill groups, in-queue flows. */
    private void addDirectory() {
        List<EmUser> people = org.users();
        String[] groupNames = {"Night shift", "Escalations", "Team leads"};
        for (int g = 0; g < groupNames.length; g++) {
            List<String> members = new ArrayList<>();
            for (int i = g; i < people.size(); i += 7 + g) {
                members.add(people.get(i).id());
            }
            org.addGroup(groupNames[g], members);
        }
        org.addSkillGroup("Spanish speakers");
        org.addSkillGroup("Senior billing");
        org.addFlow("Default in-queue", "inqueuecall");
        org.addFlow("Hold music with callback", "inqueuecall");
        org.addFlow("Main menu", "inboundcall");
    }

    private List<EmSkill> createSkills() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < settings.skills(); i++) {
            int languageCount = Math.min(LANGUAGES.size(), Math.max(1, settings.skills() / 4));
            if (i < languageCount) {
                names.add(LANGUAGES.get(i));
            } else if (i - languageCount < PRODUCTS.size()) {
                names.add(PRODUCTS.get(i - languageCount));
            } else {
                names.add("Skill " + (i + 1));
            }
        }
        // A few retired skills, as every real org has: the last one in twenty is inactive.
        int inactive = settings.skills() >= 6 ? (settings.skills() + 19) / 20 : 0;
        List<EmSkill> skills = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            boolean retired = i >= names.size() - inactive;
            skills.add(org.addSkill(retired ? "Legacy " + names.get(i) : names.get(i),
                    retired ? SkillState.INACTIVE : SkillState.ACTIVE));
        }
        return skills;
    }

    private String queueName(int index) {
        int variant = index / PRODUCTS.size();
        if (variant < QUEUE_VARIANTS.size()) {
            return PRODUCTS.get(index % PRODUCTS.size()) + QUEUE_VARIANTS.get(variant);
        }
        return "Queue " + (index + 1);
    }

    private static ObjectNode queueBody(String name, String divisionId, Random random) {
        ObjectNode body = Json.object();
        body.put("name", name);
        body.put("description", "Simulated " + name + " queue");
        ObjectNode division = body.putObject("division");
        division.put("id", divisionId);
        division.put("name", HOME_DIVISION_NAME);
        division.put("selfUri", "/api/v2/authorization/divisions/" + divisionId);
        ObjectNode media = body.putObject("mediaSettings");
        media.set("call", mediaSetting(8, 0.8, 20_000));
        media.set("callback", mediaSetting(30, 0.8, 600_000));
        media.set("chat", mediaSetting(30, 0.8, 60_000));
        media.set("email", mediaSetting(300, 0.8, 86_400_000));
        media.set("message", mediaSetting(30, 0.8, 3_600_000));
        body.putArray("routingRules");
        ObjectNode bullseye = body.putObject("bullseye");
        ArrayNode rings = bullseye.putArray("rings");
        for (int ring = 0; ring < 2 + random.nextInt(2); ring++) {
            ObjectNode r = rings.addObject();
            ObjectNode criterion = r.putArray("expansionCriteria").addObject();
            criterion.put("type", "TIMEOUT_SECONDS");
            criterion.put("threshold", 15 * (ring + 1));
            r.putObject("actions").putArray("skillsToRemove");
            r.putArray("memberGroups");
        }
        ObjectNode acw = body.putObject("acwSettings");
        acw.put("wrapupPrompt", "OPTIONAL");
        acw.put("timeoutMs", 30_000);
        body.put("skillEvaluationMethod", "BEST");
        body.putArray("memberGroups");
        body.put("scoringMethod", "TimestampAndPriority");
        body.put("lastAgentRoutingMode", "Disabled");
        body.put("autoAnswerOnly", false);
        body.put("enableTranscription", false);
        body.put("enableAudioMonitoring", false);
        body.put("enableManualAssignment", false);
        body.put("suppressInQueueCallRecording", true);
        return body;
    }

    private static ObjectNode mediaSetting(int alertingSeconds, double slPercentage, long slDurationMs) {
        ObjectNode node = Json.object();
        node.put("alertingTimeoutSeconds", alertingSeconds);
        ObjectNode sl = node.putObject("serviceLevel");
        sl.put("percentage", slPercentage);
        sl.put("durationMs", slDurationMs);
        node.put("enableAutoAnswer", false);
        return node;
    }

    private static String uniqueName(Random random, Set<String> used) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
            if (used.add(name)) {
                return name;
            }
        }
        // Past a couple of thousand agents the plain names run out; a middle initial keeps them readable.
        while (true) {
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + (char) ('A' + random.nextInt(26)) + ". "
                    + LAST.get(random.nextInt(LAST.size()));
            if (used.add(name)) {
                return name;
            }
            if (used.size() > FIRST.size() * LAST.size() * 27) {
                String numbered = name + " " + used.size();
                used.add(numbered);
                return numbered;
            }
        }
    }

    private void assignSkills(EmUser user, List<EmQueue> worked, Map<String, List<String>> queueSkills,
            List<EmSkill> languages, Random random) {
        Set<String> chosen = new LinkedHashSet<>();
        for (EmQueue queue : worked) {
            chosen.addAll(queueSkills.get(queue.id()));
        }
        if (!languages.isEmpty()) {
            chosen.add(languages.get(random.nextDouble() < 0.8 ? 0 : random.nextInt(languages.size())).id());
        }
        chosen.stream().limit(5).forEach(skillId ->
                org.putUserSkill(user, skillId, 1.0 + random.nextInt(9) * 0.5));
    }

    private FloorPlan.Behaviour behaviourFor(int index) {
        // Roughly one agent in a hundred misbehaves, and small floors still get one of each kind.
        int period = Math.max(12, Math.min(100, settings.agents() / 3));
        int slot = index % period;
        if (slot == period / 2) {
            return FloorPlan.Behaviour.LINGER_IDLE;
        }
        if (slot == period / 2 + 1) {
            return FloorPlan.Behaviour.LINGER_AVAILABLE;
        }
        if (slot == period / 2 + 2) {
            return FloorPlan.Behaviour.NOT_RESPONDER;
        }
        return FloorPlan.Behaviour.NORMAL;
    }

    private void openingState(EmUser user, FloorPlan.Behaviour behaviour, Instant now, Random random) {
        SystemPresence presence;
        switch (behaviour) {
            case LINGER_IDLE, NOT_RESPONDER -> presence = SystemPresence.ON_QUEUE;
            case LINGER_AVAILABLE -> presence = SystemPresence.AVAILABLE;
            default -> presence = openingPresence(random.nextDouble());
        }
        Instant since = now.minus(Duration.ofSeconds(random.nextInt(600)));
        RoutingStatus routing = presence == SystemPresence.ON_QUEUE ? RoutingStatus.IDLE : RoutingStatus.OFF_QUEUE;
        org.initialState(user, presence, since, routing, since);
    }

    private static SystemPresence openingPresence(double roll) {
        if (roll < 0.66) {
            return SystemPresence.ON_QUEUE;
        }
        if (roll < 0.73) {
            return SystemPresence.AVAILABLE;
        }
        if (roll < 0.80) {
            return SystemPresence.BREAK;
        }
        if (roll < 0.84) {
            return SystemPresence.MEAL;
        }
        if (roll < 0.88) {
            return SystemPresence.AWAY;
        }
        if (roll < 0.92) {
            return SystemPresence.BUSY;
        }
        if (roll < 0.95) {
            return SystemPresence.MEETING;
        }
        if (roll < 0.97) {
            return SystemPresence.TRAINING;
        }
        return SystemPresence.OFFLINE;
    }
}
