//! A real WordPress as a test fixture (`cargo xtask test wordpress`, and the last step of
//! `cargo xtask test`): Debian's `wordpress` with MariaDB and Apache on http://localhost, the
//! widgets (dist/, built for `WIDGETS_ORIGIN` = http://localhost:8080) on port 8080, posts made with
//! `wp_insert_post`, checked in Chromium by `tests/wordpress/site.test.mjs`.
//!
//! WordPress's oEmbed discovery fetches only public addresses, its own host, and ports 80, 443 and
//! 8080: hence localhost on both sides, and 8080 for the widgets.
//!
//! Every step checks before it acts, so a second run only starts the services and refreshes the
//! posts: install the packages when missing; start MariaDB and create the database and its user;
//! write `/etc/wordpress/config-localhost.php`; add the Apache vhost; install the plugin from
//! `dist/integrations/`; run `setup.php` (`wp_install()` when the site is not installed, the theme,
//! the plugin, the posts), then `plugin-checks.php` (the plugin's PHP on its own).

use crate::process::{output, run, Env};
use crate::{root, Result};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// Debian's packages for the fixture.
pub const PACKAGES: [&str; 6] =
    ["wordpress", "mariadb-server", "apache2", "libapache2-mod-php", "php-mysql", "wordpress-theme-twentytwentythree"];
/// Where the test's WordPress answers.
pub const SITE: &str = "http://localhost";
/// The widgets' origin the test needs dist/ built for.
pub const WIDGETS: &str = "http://localhost:8080";
const CONFIG: &str = "/etc/wordpress/config-localhost.php";
const VHOST: &str = "/etc/apache2/sites-available/awareness-wordpress.conf";
const CONTENT: &str = "/var/lib/wordpress/wp-content";
const DEBUG_LOG: &str = "/var/lib/wordpress/wp-content/debug.log";

/// Sets WordPress up (idempotent), serves the widgets on 8080 and runs the browser checks.
pub fn test(env: &Env) -> Result {
    let origin = crate::share::origin()?;
    if origin != WIDGETS {
        return Err(format!(
            "the WordPress test needs dist/ built for {WIDGETS} (WordPress fetches oEmbed only from its own host, \
             on ports 80, 443 or 8080), but WIDGETS_ORIGIN is {origin}: unset it for the test"
        )
        .into());
    }
    let started = Instant::now();
    // The port first: never set up a site against a server that is not ours.
    let servers = crate::http::Servers::start(8080).map_err(|e| {
        format!(
            "the WordPress test serves the widgets on {WIDGETS}, but port 8080 (or 8081) is taken ({e}). \
             Stop what listens there (`cargo xtask serve`?) and run again; the test never uses a server it did not start."
        )
    })?;
    setup(env)?;
    println!("wordpress: set up in {:.1} s", started.elapsed().as_secs_f64());
    let posts = root().join("target/wordpress-posts.json");
    run(env
        .command("node")
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .arg(root().join("tests/wordpress/site.test.mjs"))
        .env("WORDPRESS_ORIGIN", SITE)
        .env("SITE_ORIGIN", &servers.site_origin)
        .env("HOST_ORIGIN", &servers.host_origin)
        .env("WIDGETS_ORIGIN", WIDGETS)
        .env("WORDPRESS_POSTS", &posts)
        .env("WORDPRESS_DEBUG_LOG", DEBUG_LOG)
        .env("CHROMIUM", crate::tools::CHROMIUM))?;
    println!("wordpress: set up and checked in {:.1} s", started.elapsed().as_secs_f64());
    drop(servers);
    Ok(())
}

/// Every fixture step; each is quick when already done.
pub fn setup(env: &Env) -> Result {
    let step = |name: &str, started: Instant| println!("wordpress: {name} ({:.1} s)", started.elapsed().as_secs_f64());
    let t = Instant::now();
    ensure_packages()?;
    step("packages", t);
    let t = Instant::now();
    ensure_database()?;
    step("database", t);
    let t = Instant::now();
    write_if_changed(Path::new(CONFIG), &config())?;
    ensure_apache()?;
    step("config and vhost", t);
    let t = Instant::now();
    // Each run checks its own PHP messages: empty the log (keeping its owner, the web server).
    if Path::new(DEBUG_LOG).exists() {
        std::fs::OpenOptions::new().write(true).truncate(true).open(DEBUG_LOG)?;
    }
    install_plugin()?;
    let script = root().join("tests/wordpress/setup.php");
    let out = root().join("target/wordpress-posts.json");
    run(env.command("php").arg(&script).arg(&out).arg(WIDGETS).env("HTTP_HOST", "localhost"))?;
    step("site, plugin and posts", t);
    run(env.command("php").arg(root().join("tests/wordpress/plugin-checks.php")).env("HTTP_HOST", "localhost"))?;
    Ok(())
}

fn apt(args: &[&str]) -> Result {
    let sudo = output("id", &["-u"], None).as_deref() != Some("0");
    let mut cmd = if sudo { Command::new("sudo") } else { Command::new("apt-get") };
    if sudo {
        cmd.arg("apt-get");
    }
    // Another install (a browser for another test) may hold the lock: wait for it.
    cmd.args(["-o", "DPkg::Lock::Timeout=900"]).args(args).env("DEBIAN_FRONTEND", "noninteractive");
    run(&mut cmd)
}

/// The packages not installed yet.
fn missing_packages() -> Vec<&'static str> {
    PACKAGES
        .into_iter()
        .filter(|p| output("dpkg-query", &["-W", "-f=${Status}", p], None).is_none_or(|s| !s.ends_with("installed")))
        .collect()
}

fn ensure_packages() -> Result {
    let missing = missing_packages();
    if missing.is_empty() {
        return Ok(());
    }
    println!("wordpress: installing Debian's {}", missing.join(" "));
    let install = |cmd: &[&str]| apt(&[&["install", "-y", "--no-install-recommends"], cmd].concat());
    if install(&missing).is_err() {
        apt(&["update"])?;
        install(&missing)?;
    }
    Ok(())
}

fn sql(statement: &str) -> Result {
    run(Command::new("mysql").args(["--protocol=socket", "-uroot", "-e", statement]))
}

fn ensure_database() -> Result {
    let alive = || output("mysqladmin", &["--protocol=socket", "-uroot", "ping"], None).is_some();
    if !alive() {
        run(Command::new("service").args(["mariadb", "start"]))?;
        for _ in 0..60 {
            if alive() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(500));
        }
    }
    sql("CREATE DATABASE IF NOT EXISTS awareness_wp; \
         CREATE USER IF NOT EXISTS 'awareness_wp'@'localhost' IDENTIFIED BY 'awareness_wp'; \
         GRANT ALL PRIVILEGES ON awareness_wp.* TO 'awareness_wp'@'localhost'; FLUSH PRIVILEGES;")
}

/// Debian's wp-config.php reads `/etc/wordpress/config-<host>.php`.
fn config() -> String {
    format!(
        "<?php\n// Written by `cargo xtask test` (xtask/src/wordpress.rs): the widgets' test site.\n\
         define('DB_NAME', 'awareness_wp');\ndefine('DB_USER', 'awareness_wp');\ndefine('DB_PASSWORD', 'awareness_wp');\n\
         define('DB_HOST', 'localhost');\ndefine('WP_CONTENT_DIR', '{CONTENT}');\n\
         define('WP_HOME', '{SITE}');\ndefine('WP_SITEURL', '{SITE}');\n\
         define('WP_DEBUG', true);\ndefine('WP_DEBUG_LOG', '{DEBUG_LOG}');\ndefine('WP_DEBUG_DISPLAY', false);\n\
         define('AUTOMATIC_UPDATER_DISABLED', true);\ndefine('WP_HTTP_BLOCK_EXTERNAL', true);\n\
         define('WP_ACCESSIBLE_HOSTS', 'localhost');\n"
    )
}

fn vhost() -> String {
    format!(
        "# Written by `cargo xtask test` (xtask/src/wordpress.rs): the widgets' test WordPress.\n\
         <VirtualHost *:80>\n  ServerName localhost\n  DocumentRoot /usr/share/wordpress\n  \
         Alias /wp-content {CONTENT}\n  \
         <Directory /usr/share/wordpress>\n    Options FollowSymLinks\n    AllowOverride Limit Options FileInfo\n    \
         DirectoryIndex index.php\n    Require all granted\n  </Directory>\n  \
         <Directory {CONTENT}>\n    Options FollowSymLinks\n    Require all granted\n  </Directory>\n\
         </VirtualHost>\n"
    )
}

/// Writes `path` unless it already holds `text`; returns whether it wrote.
fn write_if_changed(path: &Path, text: &str) -> Result<bool> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(false);
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(path, text).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(true)
}

fn ensure_apache() -> Result {
    let changed = write_if_changed(Path::new(VHOST), &vhost())?;
    let enabled = Path::new("/etc/apache2/sites-enabled/awareness-wordpress.conf").exists();
    if !enabled {
        run(Command::new("a2ensite").arg("awareness-wordpress"))?;
    }
    if Path::new("/etc/apache2/sites-enabled/000-default.conf").exists() {
        run(Command::new("a2dissite").arg("000-default"))?;
    }
    let running = output("service", &["apache2", "status"], None).is_some();
    if !running {
        run(Command::new("service").args(["apache2", "start"]))?;
    } else if changed || !enabled {
        run(Command::new("service").args(["apache2", "reload"]))?;
    }
    Ok(())
}

/// The plugin as a site administrator installs it: the folder of dist's zip in wp-content/plugins.
fn install_plugin() -> Result {
    let zip_path = crate::plugin::zip_path(&crate::dist::dist_dir());
    let file =
        std::fs::File::open(&zip_path).map_err(|e| format!("{}: {e} (run `cargo xtask dist`)", zip_path.display()))?;
    let mut zip = zip::ZipArchive::new(file)?;
    let plugins = Path::new(CONTENT).join("plugins");
    let target = plugins.join(crate::plugin::NAME);
    if target.exists() {
        std::fs::remove_dir_all(&target)?;
    }
    std::fs::create_dir_all(&plugins)?;
    zip.extract(&plugins)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_config_names_the_database_the_site_and_the_debug_log() {
        let config = config();
        assert!(config.starts_with("<?php\n"));
        for needle in [
            "'DB_NAME', 'awareness_wp'",
            "'WP_HOME', 'http://localhost'",
            "'WP_DEBUG_LOG', '/var/lib/wordpress/wp-content/debug.log'",
        ] {
            assert!(config.contains(needle), "{needle}");
        }
        assert!(vhost().contains("DocumentRoot /usr/share/wordpress"));
    }

    #[test]
    fn files_already_right_are_left_alone() {
        let path = std::env::temp_dir().join(format!("wp-fixture-{}", std::process::id()));
        assert!(write_if_changed(&path, "a").unwrap());
        assert!(!write_if_changed(&path, "a").unwrap());
        assert!(write_if_changed(&path, "b").unwrap());
        std::fs::remove_file(&path).unwrap();
    }
}
