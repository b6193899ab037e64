package org.unionbot.server;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.util.Optional;
import org.unionbot.core.Bot;
import org.unionbot.core.admin.Admin;

/** The process's meters on {@code /metrics}, beside the server's own. */
final class ProcessMetrics {

  private ProcessMetrics() {}

  /**
   * Binds the process's meters: JVM memory, threads, classes and GC, CPU, uptime, the bot's caches
   * and, on PostgreSQL, the connection pool (HikariCP's {@code hikaricp_*}). Returns the GC
   * metrics, which listen to the JVM until closed.
   */
  static JvmGcMetrics bind(MeterRegistry registry, Bot bot, Optional<Admin> admin) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    bot.caches().forEach((name, cache) -> CaffeineCacheMetrics.monitor(registry, cache, name));
    admin
        .flatMap(a -> a.store().pooledDataSource())
        .filter(HikariDataSource.class::isInstance)
        .map(HikariDataSource.class::cast)
        .filter(pool -> pool.getMetricRegistry() == null) // HikariCP takes one, once
        .ifPresent(pool -> pool.setMetricRegistry(registry));
    return gc;
  }
}
