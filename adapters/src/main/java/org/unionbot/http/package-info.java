/**
 * The HTTP vocabulary the endpoints speak, free of Netty: an immutable {@link
 * org.unionbot.http.Request}, a {@link org.unionbot.http.Response}, the {@link
 * org.unionbot.http.Endpoint} that turns one into the other, and {@link
 * org.unionbot.http.HttpError}, the one exception every refusal goes through.
 *
 * <p>The Netty server ({@code org.unionbot.server}) decodes the wire into a {@code Request}, calls
 * the endpoint off the event loop and writes the {@code Response}; an {@code HttpError} becomes a
 * short text or JSON body with its status, never a stack trace.
 */
package org.unionbot.http;
