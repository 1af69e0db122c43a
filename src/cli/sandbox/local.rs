//! `sandbox init`, `serve` and `generate`: the commands that open a database file with the
//! platform itself. A build without the `platform` feature answers them with
//! `Error::NoPlatform`.

#[cfg(feature = "platform")]
pub use with_platform::*;
#[cfg(not(feature = "platform"))]
pub use without_platform::*;

#[cfg(feature = "platform")]
mod with_platform {
    use std::path::PathBuf;
    use std::time::Duration;

    use monitis_platform::{self as platform, AccessLog, GenerateOptions};

    use super::super::{GenerateArgs, ServeArgs};
    use crate::cli::embedded::off_runtime;
    use crate::cli::{Context, Outcome};
    use crate::error::{Error, Result};
    use crate::output::{self, Output};

    pub async fn init(ctx: &Context, db: PathBuf, demo: bool) -> Result<Outcome> {
        let keys = off_runtime("sandbox init", move || platform::init_db(&db, demo)).await?;
        report(ctx, &keys, &["resellerId", "apikey", "secretkey"])
    }

    pub async fn generate(ctx: &Context, args: GenerateArgs) -> Result<Outcome> {
        let started = std::time::Instant::now();
        let opts = GenerateOptions {
            clients: args.clients,
            orders_per_client: args.orders_per_client,
            monitors_per_order: args.monitors_per_order,
            seed: args.seed,
        };
        let summary = off_runtime("sandbox generate", move || {
            platform::generate(&args.db, &opts)
        })
        .await?;
        ctx.ui.note(format!(
            "generated {} monitors in {:.2} s",
            summary.monitors,
            started.elapsed().as_secs_f64()
        ));
        report(
            ctx,
            &summary,
            &[
                "resellerId",
                "apikey",
                "clients",
                "orders",
                "monitors",
                "ordersOverQuota",
            ],
        )
    }

    pub async fn serve(ctx: &Context, args: ServeArgs) -> Result<Outcome> {
        let opts = platform::ServerOptions {
            fault_rate: args.fault_rate,
            fault_seed: args.fault_seed.unwrap_or_else(rand::random),
            latency: Duration::from_millis(args.latency),
            header_timeout: Duration::from_secs(args.header_timeout),
            body_timeout: Duration::from_secs(args.body_timeout),
            max_connections: args.max_connections,
            shutdown_grace: Duration::from_secs(args.shutdown_grace),
            request_budget: Duration::from_millis(args.request_budget),
            readers: args.readers,
            access_log: Some(args.access_log.map_or(AccessLog::Stderr, AccessLog::File)),
            hosted_compat: args.hosted_compat,
            ..platform::ServerOptions::new(args.db, args.listen)
        };
        if opts.hosted_compat {
            ctx.ui.warn(format_args!(
                "--hosted-compat: the hosted compatibility doors are open to every caller: {}",
                platform::HOSTED_COMPAT_DOORS
            ));
        }
        if opts.fault_rate > 0.0 {
            ctx.ui.note(format!(
                "fault injection: rate {}, seed {}",
                opts.fault_rate, opts.fault_seed
            ));
        }
        let server = platform::start(opts).await?;
        // The endpoint is the first stdout line, written before serving so a script can wait for it.
        output::emit(
            &Output::Text(format!("{}\n", server.url).into_bytes()),
            &ctx.output,
        )?;
        ctx.ui.note(format!(
            "sandbox serving at {} (Ctrl-C or SIGTERM stops it)",
            server.url
        ));
        stop_signal().await?;
        ctx.ui
            .note("sandbox stopping: finishing the requests in flight");
        server.shutdown().await?;
        ctx.ui.note("sandbox stopped");
        Ok(Output::Nothing.into())
    }

    /// Waits for SIGINT (Ctrl-C) or, on Unix, SIGTERM.
    async fn stop_signal() -> Result<()> {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut term = signal(SignalKind::terminate())
                .map_err(|e| Error::other("cannot watch SIGTERM", e))?;
            tokio::select! {
                result = ctrl_c => result.map_err(|e| Error::other("cannot watch Ctrl-C", e)),
                _ = term.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        ctrl_c
            .await
            .map_err(|e| Error::other("cannot watch Ctrl-C", e))
    }

    /// `init` and `generate` print compact JSON that scripts read (`jq -r .apikey`), unless
    /// an output format or `--jq` is asked for explicitly.
    fn report(ctx: &Context, value: &impl serde::Serialize, keys: &[&str]) -> Result<Outcome> {
        if ctx.global.output.is_some() || ctx.global.jq.is_some() {
            return Ok(Output::record_of(value, keys)?.into());
        }
        let mut text =
            serde_json::to_vec(value).map_err(|e| Error::other("cannot encode output", e))?;
        text.push(b'\n');
        Ok(Output::Text(text).into())
    }
}

#[cfg(not(feature = "platform"))]
mod without_platform {
    use std::path::PathBuf;

    use super::super::{GenerateArgs, ServeArgs};
    use crate::cli::{Context, Outcome};
    use crate::error::{Error, Result};

    pub async fn init(_ctx: &Context, _db: PathBuf, _demo: bool) -> Result<Outcome> {
        Err(Error::NoPlatform("`sandbox init`"))
    }

    pub async fn generate(_ctx: &Context, _args: GenerateArgs) -> Result<Outcome> {
        Err(Error::NoPlatform("`sandbox generate`"))
    }

    pub async fn serve(_ctx: &Context, _args: ServeArgs) -> Result<Outcome> {
        Err(Error::NoPlatform("`sandbox serve`"))
    }
}
