package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.ArchitectApi;
import com.mypurecloud.sdk.v2.api.AuthorizationApi;
import com.mypurecloud.sdk.v2.api.GroupsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.TeamsApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.AuthzDivisionEntityListing;
import com.mypurecloud.sdk.v2.model.FlowEntityListing;
import com.mypurecloud.sdk.v2.model.GroupEntityListing;
import com.mypurecloud.sdk.v2.model.SkillGroupEntityListing;
import com.mypurecloud.sdk.v2.model.TeamEntityListing;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import io.floorwatch.domain.NamedEntity;
import io.floorwatch.domain.SkillAssignment;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what queue settings refer to (divisions, groups, teams, skill groups, in-queue flows) and every user's
 * skills with their proficiency, through the gateway's budget and retries. Teams and skill groups are cursor
 * listings: followed by their {@code after} cursor until there is none.
 */
public final class Directory {
    private static final int PAGE = GenesysGateway.BIG_PAGE;
    private static final int CURSOR_PAGE = 100;

    private final GenesysGateway gateway;
    private final AuthorizationApi authorization;
    private final GroupsApi groups;
    private final TeamsApi teams;
    private final RoutingApi routing;
    private final ArchitectApi architect;
    private final UsersApi users;

    Directory(GenesysGateway gateway, ApiClient client) {
        this.gateway = gateway;
        this.authorization = new AuthorizationApi(client);
        this.groups = new GroupsApi(client);
        this.teams = new TeamsApi(client);
        this.routing = new RoutingApi(client);
        this.architect = new ArchitectApi(client);
        this.users = new UsersApi(client);
    }

    public List<NamedEntity> divisions() {
        return GenesysGateway.allPages(number -> {
            AuthzDivisionEntityListing listing = gateway.call("List divisions", true,
                    () -> authorization.getAuthorizationDivisions(PAGE, number, null, null, null, null, null, null,
                            null));
            return GenesysGateway.page(listing.getEntities(), d -> new NamedEntity(d.getId(), d.getName()),
                    listing.getPageNumber(), listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    public List<NamedEntity> groups() {
        return GenesysGateway.allPages(number -> {
            GroupEntityListing listing = gateway.call("List groups", true,
                    () -> groups.getGroups(PAGE, number, null, null, null));
            return GenesysGateway.page(listing.getEntities(), g -> new NamedEntity(g.getId(), g.getName()),
                    listing.getPageNumber(), listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    public List<NamedEntity> teams() {
        List<NamedEntity> all = new ArrayList<>();
        String after = null;
        do {
            String cursor = after;
            TeamEntityListing listing = gateway.call("List teams", true,
                    () -> teams.getTeams(CURSOR_PAGE, null, cursor, null, null));
            if (listing.getEntities() != null) {
                listing.getEntities().forEach(t -> all.add(new NamedEntity(t.getId(), t.getName())));
            }
            after = cursorAfter(listing.getNextUri());
        } while (after != null);
        return all;
    }

    public List<NamedEntity> skillGroups() {
        List<NamedEntity> all = new ArrayList<>();
        String after = null;
        do {
            String cursor = after;
            SkillGroupEntityListing listing = gateway.call("List skill groups", true,
                    () -> routing.getRoutingSkillgroups(CURSOR_PAGE, null, cursor, null));
            if (listing.getEntities() != null) {
                listing.getEntities().forEach(g -> all.add(new NamedEntity(g.getId(), g.getName())));
            }
            after = cursorAfter(listing.getNextUri());
        } while (after != null);
        return all;
    }

    /** Architect flows of type {@code inqueuecall}: what a queue's {@code queueFlow} may name. */
    public List<NamedEntity> inQueueFlows() {
        return GenesysGateway.allPages(number -> {
            FlowEntityListing listing = gateway.call("List in-queue flows", true,
                    () -> architect.getFlows(List.of("inqueuecall"), number, PAGE, null, null, null, null, null, null,
                            null, null, null, null, null, null, null, null, null, null));
            return GenesysGateway.page(listing.getEntities(), f -> new NamedEntity(f.getId(), f.getName()),
                    listing.getPageNumber(), listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    /** A user with their routing skills, as the users listing gives them. */
    public record UserSkills(String id, String name, String email, List<SkillAssignment> skills) {
    }

    /** Every user's routing skills with proficiency, by user id, from the users listing ({@code expand=skills}). */
    public Map<String, List<SkillAssignment>> userSkills() {
        Map<String, List<SkillAssignment>> all = new LinkedHashMap<>();
        usersWithSkills().forEach(u -> all.put(u.id(), u.skills()));
        return all;
    }

    /** Every user with name, email and routing skills, in the listing's order: one call per 500 users. */
    public List<UserSkills> usersWithSkills() {
        return GenesysGateway.allPages(number -> {
            UserEntityListing listing = gateway.call("List users' skills", true,
                    () -> users.getUsers(PAGE, number, null, null, null, List.of("skills"), null, null));
            return GenesysGateway.page(listing.getEntities(), u -> new UserSkills(u.getId(), u.getName(),
                    u.getEmail(), u.getSkills() == null ? List.of()
                    : u.getSkills().stream().map(WireMapper::assignment).toList()),
                    listing.getPageNumber(), listing.getPageSize(), listing.getTotal(), listing.getPageCount());
        });
    }

    /** The {@code after} cursor of a {@code nextUri}, or null on the last page. */
    static String cursorAfter(String nextUri) {
        if (nextUri == null || nextUri.isEmpty()) {
            return null;
        }
        for (String part : nextUri.substring(nextUri.indexOf('?') + 1).split("&")) {
            if (part.startsWith("after=")) {
                return URLDecoder.decode(part.substring(6), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
