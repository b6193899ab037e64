/** Placeholder. */
package org.unionbot.server;
