/**
 * What every screen shares: the task executor that runs service calls off the FX thread, commands with bound
 * executability, the dialog service, and small view helpers.
 */
package io.floorwatch.ui.common;
