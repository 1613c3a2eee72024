/**
 * Notices Floorwatch sends to other systems (chat rooms, WFM, workflow tools) over HTTP webhooks: a JSON body
 * posted on a thread of its own, retried with backoff, so a slow or failing receiver never delays or undoes what
 * the notice is about. The alert monitor and provisioning each say what their notices contain.
 */
package io.floorwatch.outbound;
