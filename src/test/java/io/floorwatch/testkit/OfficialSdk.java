package io.floorwatch.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.UserRoutingSkill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads back through Genesys' own Java SDK, not Floorwatch's gateway: a check that what Floorwatch wrote is what
 * any other client of the org sees. The token comes from a plain client-credentials grant (the SDK's own login
 * goes to the login host, which a loopback emulator has not).
 */
public final class OfficialSdk {
    private final UsersApi users;

    private OfficialSdk(UsersApi users) {
        this.users = users;
    }

    public static OfficialSdk signIn(String baseUrl, String clientId, String secret) throws IOException,
            InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl
                + "/oauth/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IOException("token request refused: " + reply.statusCode() + " " + reply.body());
        }
        String token = new ObjectMapper().readTree(reply.body()).get("access_token").asText();
        ApiClient client = ApiClient.Builder.standard().withBasePath(baseUrl).withAccessToken(token)
                .withAutoReloadConfig(false).build();
        return new OfficialSdk(new UsersApi(client));
    }

    /** The agent's routing skills by skill id, with proficiency ({@code GET /api/v2/users/{id}/routingskills}). */
    public Map<String, Double> routingSkills(String userId) throws IOException, ApiException {
        Map<String, Double> skills = new TreeMap<>();
        for (UserRoutingSkill skill : users.getUserRoutingskills(userId, 100, 1, null).getEntities()) {
            skills.put(skill.getId(), skill.getProficiency());
        }
        return skills;
    }
}
