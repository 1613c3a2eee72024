package io.floorwatch.genesys;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.TokensApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.model.DomainRole;
import com.mypurecloud.sdk.v2.model.UserAuthorization;
import com.mypurecloud.sdk.v2.model.UserMe;
import io.floorwatch.domain.Person;

import java.util.List;
import java.util.Set;

/**
 * Who the gateway's token belongs to, and ending it: {@code GET /api/v2/users/me?expand=authorization}
 * ({@code UsersApi.getUsersMe}) and {@code DELETE /api/v2/tokens/me} ({@code TokensApi.deleteTokensMe}).
 */
public final class Identity {
    private final GenesysGateway gateway;
    private final UsersApi users;
    private final TokensApi tokens;

    Identity(GenesysGateway gateway, ApiClient client) {
        this.gateway = gateway;
        this.users = new UsersApi(client);
        this.tokens = new TokensApi(client);
    }

    /** The signed-in person with their roles and permissions (a client-credentials token has no person: 400). */
    public Person me() {
        UserMe me = gateway.call("Read who is signed in", true, () -> users.getUsersMe(List.of("authorization"), null));
        UserAuthorization authorization = me.getAuthorization();
        List<String> roles = authorization == null || authorization.getRoles() == null ? List.of()
                : authorization.getRoles().stream().map(DomainRole::getName).toList();
        Set<String> permissions = authorization == null || authorization.getPermissions() == null ? Set.of()
                : Set.copyOf(authorization.getPermissions());
        String organization = me.getOrganization() == null ? "" : me.getOrganization().getName();
        return new Person(me.getId(), me.getName(), me.getEmail(), organization, roles, permissions);
    }

    /** Revokes the token the gateway uses now; later calls with it get 401. */
    public void signOut() {
        gateway.call("Sign out", false, () -> {
            tokens.deleteTokensMe();
            return null;
        });
    }
}
