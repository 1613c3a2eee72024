package io.floorwatch.emulator.rest;

import io.floorwatch.base.UrlForms;
import io.floorwatch.emulator.org.EmAccount;
import io.floorwatch.emulator.org.OrgDirectory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /oauth/authorize}: the login host's sign-in page for the authorization code grant with PKCE. It
 * answers an HTML form (email, password, the query carried along in hidden fields); the form posts back to
 * {@code /oauth/authorize}, and a correct sign-in answers 302 to {@code redirect_uri} with {@code code} and
 * {@code state}. A redirect URI that is not a loopback {@code http} URI is answered 400 and never redirected to
 * (RFC 8252 section 7.3); errors after the redirect URI is known go back to it as {@code error=...}.
 */
final class AuthorizeEndpoint {
    private static final List<String> CARRIED = List.of("client_id", "response_type", "redirect_uri",
            "code_challenge", "code_challenge_method", "state");

    private final String signInClientId;
    private final OrgDirectory org;
    private final AuthCodes codes;

    AuthorizeEndpoint(String signInClientId, OrgDirectory org, AuthCodes codes) {
        this.signInClientId = signInClientId;
        this.org = org;
        this.codes = codes;
    }

    HttpReply show(Exchange exchange) {
        Map<String, String> query = exchange.queryFirst();
        return check(query).orElseGet(() -> HttpReply.html(200, form(query, null)));
    }

    HttpReply submit(Exchange exchange) {
        Map<String, String> form = exchange.form();
        Optional<HttpReply> refused = check(form);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (form.containsKey("deny")) {
            return back(form, "error", "access_denied", "error_description", "The person declined to sign in");
        }
        Optional<EmAccount> account = org.account(form.get("email"));
        String password = form.getOrDefault("password", "");
        if (account.isEmpty() || !MessageDigest.isEqual(account.get().password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            return HttpReply.html(200, form(form, "The email or password is not correct."));
        }
        String code = codes.issue(form.get("client_id"), form.get("redirect_uri"), form.get("code_challenge"),
                account.get().userId());
        return back(form, "code", code);
    }

    /** A 400 page for a request that cannot go back to its client, or a redirect with the OAuth error. */
    private Optional<HttpReply> check(Map<String, String> params) {
        String clientId = params.get("client_id");
        if (clientId == null || !clientId.equals(signInClientId)) {
            return Optional.of(HttpReply.html(400, page("Sign-in refused",
                    "<p>The OAuth client <code>" + escape(String.valueOf(clientId)) + "</code> is not a client of "
                            + "this org that signs people in (authorization code with PKCE).</p>")));
        }
        String redirect = params.get("redirect_uri");
        if (!isLoopback(redirect)) {
            return Optional.of(HttpReply.html(400, page("Sign-in refused",
                    "<p>The redirect URI <code>" + escape(String.valueOf(redirect)) + "</code> is not registered "
                            + "for this client: it takes loopback addresses only (http://127.0.0.1:port/...).</p>")));
        }
        if (!"code".equals(params.get("response_type"))) {
            return Optional.of(back(params, "error", "unsupported_response_type", "error_description",
                    "response_type must be code"));
        }
        String challenge = params.get("code_challenge");
        if (challenge == null || challenge.length() < 43 || !"S256".equals(params.get("code_challenge_method"))) {
            return Optional.of(back(params, "error", "invalid_request", "error_description",
                    "a code_challenge with code_challenge_method=S256 is required"));
        }
        return Optional.empty();
    }

    static boolean isLoopback(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            String host = parsed.getHost();
            return "http".equals(parsed.getScheme()) && parsed.getPort() > 0 && parsed.getFragment() == null
                    && host != null && (host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1")
                            || host.toLowerCase(Locale.ROOT).equals("localhost"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static HttpReply back(Map<String, String> params, String... pairs) {
        Map<String, String> answer = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            answer.put(pairs[i], pairs[i + 1]);
        }
        if (params.get("state") != null) {
            answer.put("state", params.get("state"));
        }
        String redirect = params.get("redirect_uri");
        return HttpReply.redirect(redirect + (redirect.indexOf('?') < 0 ? '?' : '&') + UrlForms.encode(answer));
    }

    private static String form(Map<String, String> params, String error) {
        StringBuilder hidden = new StringBuilder();
        for (String name : CARRIED) {
            String value = params.get(name);
            if (value != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(value)).append("\">\n");
            }
        }
        String email = params.getOrDefault("email", "");
        return page("Sign in to Genesys Cloud (emulator)",
                (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>\n")
                        + "<form method=\"post\" action=\"/oauth/authorize\">\n" + hidden
                        + "<label>Email <input name=\"email\" type=\"email\" value=\"" + escape(email)
                        + "\" autofocus></label>\n"
                        + "<label>Password <input name=\"password\" type=\"password\"></label>\n"
                        + "<button type=\"submit\" name=\"signin\">Sign in</button>\n"
                        + "<button type=\"submit\" name=\"deny\">Cancel</button>\n</form>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>"
                + "<body><h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
