/** Placeholder. */
package org.unionbot.core;
