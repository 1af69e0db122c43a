//! `monitis reseller ...`: the reseller's own account, branding (R4) and billing (R8).

use clap::{Args, Subcommand, ValueEnum};
use serde_json::json;

use super::{Context, Outcome};
use crate::api::Params;
use crate::error::{Error, Result};
use crate::output::{self, Output, Section};
use monitis_core::protocol::model::{Branding, ResellerInfo, UserInfo};

#[derive(Debug, Subcommand)]
pub enum ResellerCommand {
    /// The reseller account: billing standing and branding
    #[command(after_help = "Examples:
  monitis reseller show
  monitis reseller show -o json --jq .paid")]
    Show,
    /// The logo and support contact clients see instead of the platform's (R4)
    #[command(
        subcommand,
        after_help = "Examples:\n  monitis reseller branding show\n  monitis reseller branding set --support-email help@example.com"
    )]
    Branding(BrandingCommand),
    /// After paying, reactivate the orders suspended for non-payment (R8); orders
    /// suspended by hand stay suspended
    #[command(after_help = "Examples:\n  monitis reseller extend-all")]
    ExtendAll,
}

#[derive(Debug, Subcommand)]
pub enum BrandingCommand {
    /// Show the branding; unset fields show as `-` (clients then see the platform's)
    #[command(after_help = "Examples:\n  monitis reseller branding show")]
    Show,
    /// Set or clear the logo and support contact
    #[command(
        after_help = "A cleared field shows the platform's default again. Setting any support
field replaces the platform's support contact and disables \"Live chat\" and \"Submit Request\".
An empty value is refused (an unset shell variable should not clear a field): use --clear.

Examples:
  monitis reseller branding set --logo-url https://cdn.example.com/logo.png
  monitis reseller branding set --support-email help@example.com --support-phone '+1 555 0100'
  monitis reseller branding set --clear support-phone,support-url
  monitis reseller branding set --clear all"
    )]
    Set(SetArgs),
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("change").required(true).multiple(true))]
pub struct SetArgs {
    /// Logo shown in shared tabs, shared pages and email reports (http(s) URL)
    #[arg(long, value_name = "URL", group = "change")]
    logo_url: Option<String>,
    /// Support email shown to clients
    #[arg(long, value_name = "EMAIL", group = "change")]
    support_email: Option<String>,
    /// Support phone number shown to clients
    #[arg(long, value_name = "PHONE", group = "change")]
    support_phone: Option<String>,
    /// Support page (http(s) URL)
    #[arg(long, value_name = "URL", group = "change")]
    support_url: Option<String>,
    /// Clear fields: logo-url, support-email, support-phone, support-url, or all
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        value_name = "FIELD",
        group = "change"
    )]
    clear: Vec<Field>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Field {
    LogoUrl,
    SupportEmail,
    SupportPhone,
    SupportUrl,
    All,
}

impl Field {
    const EACH: [Field; 4] = [
        Field::LogoUrl,
        Field::SupportEmail,
        Field::SupportPhone,
        Field::SupportUrl,
    ];

    fn param(self) -> &'static str {
        match self {
            Field::LogoUrl => "logoUrl",
            Field::SupportEmail => "supportEmail",
            Field::SupportPhone => "supportPhone",
            Field::SupportUrl => "supportUrl",
            Field::All => unreachable!("`all` stands for each field"),
        }
    }

    fn option(self) -> String {
        format!(
            "--{}",
            self.to_possible_value()
                .expect("no skipped variants")
                .get_name()
        )
    }
}

pub async fn run(ctx: &Context, cmd: ResellerCommand) -> Result<Outcome> {
    let api = ctx.api().await?;
    let output = match cmd {
        ResellerCommand::Show => match api.user_info(false).await? {
            UserInfo::Reseller(info) => show(&info)?,
            UserInfo::Client(client) => {
                return Err(Error::failed(format!(
                    "reseller show needs the reseller's credentials; these act as the client {}",
                    client.account
                )));
            }
        },
        ResellerCommand::Branding(BrandingCommand::Show) => branding(&api.branding().await?)?,
        ResellerCommand::Branding(BrandingCommand::Set(args)) => {
            api.set_branding(branding_params(&args)?).await?;
            branding(&api.branding().await?)?
        }
        ResellerCommand::ExtendAll => {
            let reactivated = api.extend_all_clients().await?;
            ctx.ui.note(format_args!(
                "{reactivated} order(s) suspended for non-payment are active again"
            ));
            Output::record(
                json!({ "reactivatedOrders": reactivated }),
                &["reactivatedOrders"],
            )
        }
    };
    Ok(output.into())
}

/// The fields to set and to clear (an empty value clears, protocol.md), checked before
/// anything is sent.
fn branding_params(args: &SetArgs) -> Result<Params> {
    let cleared: Vec<Field> = if args.clear.contains(&Field::All) {
        Field::EACH.to_vec()
    } else {
        args.clear.clone()
    };
    let given = [
        (Field::LogoUrl, &args.logo_url),
        (Field::SupportEmail, &args.support_email),
        (Field::SupportPhone, &args.support_phone),
        (Field::SupportUrl, &args.support_url),
    ];
    let mut params = Params::new();
    for (field, value) in given {
        let Some(value) = value else { continue };
        if cleared.contains(&field) {
            return Err(Error::Usage(format!(
                "{} is both set and cleared: give one of them",
                field.option()
            )));
        }
        if value.trim().is_empty() {
            return Err(Error::Usage(format!(
                "{} is empty; to clear it, use --clear {}",
                field.option(),
                &field.option()[2..]
            )));
        }
        params.push((field.param(), value.trim().to_string()));
    }
    params.extend(cleared.into_iter().map(|f| (f.param(), String::new())));
    Ok(params)
}

fn branding(branding: &Branding) -> Result<Output> {
    Output::record_of(
        branding,
        &["logoUrl", "supportEmail", "supportPhone", "supportUrl"],
    )
}

/// The account, its standing in words, and its branding.
fn show(info: &ResellerInfo) -> Result<Output> {
    let standing = if info.paid {
        "paid".to_string()
    } else {
        "UNPAID: every client's orders are suspended (R8); after paying, run `monitis reseller extend-all`".to_string()
    };
    let mut item = output::to_value(info)?;
    item["billing"] = json!(standing);
    Ok(Output::Document {
        data: output::to_value(info)?,
        sections: vec![Section::Fields {
            item,
            fields: output::columns(&[
                "id",
                "account",
                "name",
                "billing",
                "clients",
                "branding.logoUrl",
                "branding.supportEmail",
                "branding.supportPhone",
                "branding.supportUrl",
            ]),
        }],
    })
}
