/**
 * The admin API under {@code /admin/}: bearer-token checks with a lockout ({@code AdminAuth}), the
 * request bodies and JSON replies, and the endpoint that turns each call into a knowledge-base
 * change.
 */
package org.unionbot.admin;
