/** The command line ({@link org.unionbot.server.Main}) and, behind it, the server. */
package org.unionbot.server;
