package org.unionbot.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The settings a command takes, as a picocli {@code @Mixin}: its options are built from {@link
 * Settings} when the command is, and read back through {@link ConfigLoader}, so every command
 * resolves them the same way (flags &gt; environment &gt; config file &gt; defaults). A bad value
 * is a usage error: exit code 2.
 */
abstract class SettingOptions {

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandSpec spec;

  /** The settings this command has flags for, which {@link #values()} checks. */
  abstract List<Setting<?>> settings();

  /**
   * The value given for each setting, resolved, with those of {@link #settings()} checked.
   *
   * @throws CommandLine.ParameterException for a bad setting, an unreadable config file or an
   *     unknown key in it
   */
  final ConfigLoader.Values values() {
    try {
      ConfigLoader.Values values = ConfigLoader.values(flags(), env());
      settings().forEach(values::find);
      values.find(Settings.DB_PASSWORD);
      return values;
    } catch (ConfigException e) {
      throw usage(e);
    }
  }

  /**
   * {@code serve}'s configuration, with missing secrets generated.
   *
   * @throws CommandLine.ParameterException for a bad setting
   * @throws IOException if the generated secrets cannot be read or stored
   */
  final ServerConfig serverConfig() throws IOException {
    try {
      return ConfigLoader.load(flags(), env());
    } catch (ConfigException e) {
      throw usage(e);
    }
  }

  /** The settings given as flags, by name. */
  final Map<String, String> flags() {
    Map<String, String> flags = new LinkedHashMap<>();
    for (Setting<?> setting : Settings.ALL) {
      OptionSpec option = spec.findOption(setting.option());
      if (option != null && option.getValue() != null) {
        flags.put(setting.name(), option.getValue());
      }
    }
    return flags;
  }

  /** The environment: {@link Main}'s, which tests set, else the process's. */
  private Map<String, String> env() {
    return spec.root().userObject() instanceof Main main ? main.env() : System.getenv();
  }

  private CommandLine.ParameterException usage(ConfigException e) {
    return new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
  }

  /** Adds an option, typed {@code String}, for each of {@code settings}; parsing comes later. */
  static CommandSpec addOptions(CommandSpec spec, List<Setting<?>> settings) {
    for (Setting<?> setting : settings) {
      spec.addOption(
          OptionSpec.builder(setting.option())
              .paramLabel(setting.label())
              .type(String.class)
              .description(setting.description())
              .build());
    }
    return spec;
  }

  /** {@code serve}'s options: every setting that has a flag. */
  @Command(modelTransformer = Serve.Options.class)
  static final class Serve extends SettingOptions {
    @Override
    List<Setting<?>> settings() {
      return Settings.SERVE;
    }

    static final class Options implements CommandLine.IModelTransformer {
      @Override
      public CommandSpec transform(CommandSpec spec) {
        return addOptions(spec, Settings.SERVE);
      }
    }
  }

  /** {@code backup}'s and {@code restore}'s options: where the store is. */
  @Command(modelTransformer = Store.Options.class)
  static final class Store extends SettingOptions {
    @Override
    List<Setting<?>> settings() {
      return Settings.STORE;
    }

    static final class Options implements CommandLine.IModelTransformer {
      @Override
      public CommandSpec transform(CommandSpec spec) {
        return addOptions(spec, Settings.STORE);
      }
    }
  }

  /** {@code ask}'s and {@code kb}'s options: where the store is, and how to answer. */
  @Command(modelTransformer = OfflineOptions.class)
  static class Offline extends SettingOptions {
    @Override
    final List<Setting<?>> settings() {
      return Settings.OFFLINE;
    }
  }

  /** Adds {@link Offline}'s options; for its subclasses too, whose annotation picocli reads. */
  static final class OfflineOptions implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
      return addOptions(spec, Settings.OFFLINE);
    }
  }
}
