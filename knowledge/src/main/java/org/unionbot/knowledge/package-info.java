/** Placeholder. */
package org.unionbot.knowledge;
