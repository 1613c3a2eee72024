/**
 * Everything that speaks Genesys Cloud: OAuth client credentials, the SDK's {@code ApiClient} on a pooled HTTP
 * connector, the rate budget fed by {@code inin-ratelimit-*}, the retry policy, typed operations that return
 * domain records, and the mapping from wire to domain. The only package that imports {@code com.mypurecloud}.
 */
package io.floorwatch.genesys;
