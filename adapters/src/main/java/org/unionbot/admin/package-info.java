/**
 * The admin API: {@link org.unionbot.admin.AdminEndpoint}, one method per operation (the server's
 * route table maps paths to them), its token check, its JSON, and the {@link
 * org.unionbot.admin.MenuRules} it checks menus by without knowing WeChat.
 */
package org.unionbot.admin;
