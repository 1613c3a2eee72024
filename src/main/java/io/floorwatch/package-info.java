/**
 * Floorwatch, a supervisor console for Genesys Cloud. The top-level packages are the architecture; each may use
 * only the packages of ours listed beside it ({@code PackageTableTest} holds the same table and fails on a
 * departure). Rows marked * go beyond DESIGN section 2, for the reason given.
 *
 * <pre>
 * package       may use                             (every package may also use base)
 * base          nothing                             (plumbing: JSON mappers, named threads)
 * app           everything (composition root)
 * cli           the services, app, emulator*        (the emulator command runs the emulator)
 * config        domain*                             (settings hold domain values: theme, weights, rules)
 * domain        nothing
 * genesys       domain, config
 * kafka         domain, config
 * feed          domain, genesys, kafka, history
 * history       domain
 * monitor       domain, feed, history, config*, drift*, outbound*
 *                                                   (alert rules are settings; the alert center raises the
 *                                                    drift check's alerts and posts to the webhook)
 * tuning        domain, genesys, history
 * timebox*      domain, genesys, history, tuning   (time-boxed skill changes: applied and reverted through
 *                                                    tuning's one safe skill write; boxes and leases in history)
 * provisioning  domain, genesys, history
 * drift         domain, genesys, history, tuning*, config*
 *                                                   (agents' skills are reverted through tuning's one safe
 *                                                    skill write; ignore rules are settings)
 * actions       domain, genesys, history
 * outbound      domain, config
 * emulator      domain, kafka
 * ui            the services and the domain, config*, genesys* (Credentials and ConnectionTester only)
 *                                                   (the Settings screen edits the settings and tests a typed
 *                                                    connection before saving; history is read, never written)
 * </pre>
 *
 * Within {@code ui}, a screen package uses only itself and {@code ui.common}, and any class that is a JavaFX
 * {@code Node} talks only to its own package (its ViewModel), {@code ui.common} and the domain.
 */
package io.floorwatch;
