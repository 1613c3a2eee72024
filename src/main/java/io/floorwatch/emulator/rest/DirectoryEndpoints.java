package io.floorwatch.emulator.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.emulator.org.EmNamed;
import io.floorwatch.emulator.org.EmTeam;
import io.floorwatch.emulator.org.Json;
import io.floorwatch.emulator.org.OrgDirectory;

import java.util.List;
import java.util.Locale;

/**
 * What queue settings refer to, listed: divisions, groups, teams, skill groups and architect flows (by type).
 * Divisions, groups and flows are paged with totals; teams and skill groups are cursor listings in Genesys,
 * served here as one page without a {@code nextUri}.
 */
final class DirectoryEndpoints {
    private final OrgDirectory org;

    DirectoryEndpoints(OrgDirectory org) {
        this.org = org;
    }

    void register(Router router) {
        router.add("GET", "/api/v2/authorization/divisions", this::divisions)
                .add("GET", "/api/v2/groups", this::groups)
                .add("GET", "/api/v2/teams", this::teams)
                .add("GET", "/api/v2/routing/skillgroups", this::skillGroups)
                .add("GET", "/api/v2/flows", this::flows);
    }

    private HttpReply divisions(Exchange exchange) {
        List<EmNamed> divisions = named(org.divisions(), exchange.query("name"));
        return HttpReply.ok(Listing.page(exchange, divisions, d -> entity(d, "/api/v2/authorization/divisions/"),
                Listing.paging(exchange, 25, 500), true));
    }

    private HttpReply groups(Exchange exchange) {
        return HttpReply.ok(Listing.page(exchange, org.groups(), g -> {
            ObjectNode group = entity(g, "/api/v2/groups/");
            group.put("state", "active");
            group.put("type", "official");
            group.put("memberCount", g.members().size());
            return group;
        }, Listing.paging(exchange, 25, 500), true));
    }

    private HttpReply teams(Exchange exchange) {
        String name = exchange.query("name");
        List<EmTeam> teams = org.teams().stream().filter(t -> name == null || t.name().toLowerCase(Locale.ROOT)
                .startsWith(name.toLowerCase(Locale.ROOT))).toList();
        ObjectNode listing = Listing.entities(teams, t -> {
            ObjectNode team = Json.object();
            team.put("id", t.id());
            team.put("name", t.name());
            team.putObject("division").put("id", org.homeDivisionId());
            team.put("selfUri", "/api/v2/teams/" + t.id());
            return team;
        });
        listing.put("selfUri", exchange.path);
        return HttpReply.ok(listing);
    }

    private HttpReply skillGroups(Exchange exchange) {
        ObjectNode listing = Listing.entities(named(org.skillGroups(), exchange.query("name")), g -> {
            ObjectNode group = entity(g, "/api/v2/routing/skillgroups/");
            ObjectNode division = group.putObject("division");
            division.put("id", org.homeDivisionId());
            division.put("name", "Home");
            return group;
        });
        listing.put("selfUri", exchange.path);
        return HttpReply.ok(listing);
    }

    private HttpReply flows(Exchange exchange) {
        List<String> types = exchange.queryAll("type").stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<EmNamed> flows = named(org.flows(), exchange.query("name")).stream()
                .filter(f -> types.isEmpty() || types.contains(f.kind())).toList();
        return HttpReply.ok(Listing.page(exchange, flows, f -> {
            ObjectNode flow = entity(f, "/api/v2/flows/");
            flow.put("type", f.kind());
            flow.put("active", true);
            return flow;
        }, Listing.paging(exchange, 25, 500), true));
    }

    /** Genesys' name filters on these listings are searches, not exact matches: a prefix, any case. */
    private static List<EmNamed> named(List<EmNamed> all, String name) {
        if (name == null || name.isEmpty()) {
            return all;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        return all.stream().filter(n -> n.name().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
    }

    private static ObjectNode entity(EmNamed named, String base) {
        ObjectNode node = Json.object();
        node.put("id", named.id());
        node.put("name", named.name());
        node.put("selfUri", base + named.id());
        return node;
    }
}
