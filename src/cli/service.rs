//! `monitis service ...`: the catalog, and one-time services bought for a client.

use clap::Subcommand;

use super::{Context, Outcome};
use crate::error::{Error, Result};
use crate::output::{self, Column, Output};
use monitis_core::protocol::model::{Item, OneTimePurchase, ServiceKind};

#[derive(Debug, Subcommand)]
pub enum ServiceCommand {
    /// The service catalog: package services (for orders) and one-time services
    #[command(
        visible_alias = "ls",
        after_help = "Examples:
  monitis service list
  monitis service list -o json --jq '[.[] | select(.kind == \"oneTime\") | .code]'"
    )]
    List,
    /// Buy a one-time service for a client (--client), outside any package (R5)
    #[command(after_help = "Examples:
  monitis service buy --client ann@example.com loadTester=5
  monitis service buy --client 42 additionalSms=500 -o json")]
    Buy {
        /// A one-time service and its quantity, e.g. loadTester=5
        #[arg(value_name = "CODE=QTY", value_parser = super::order::ItemParser(ServiceKind::OneTime), hide_possible_values = true)]
        item: Item,
    },
}

pub(super) fn list_columns() -> Vec<Column> {
    output::columns(&["code", "name", "kind", "unit"])
}

pub async fn run(ctx: &Context, cmd: ServiceCommand) -> Result<Outcome> {
    let output = match cmd {
        ServiceCommand::List => {
            let services = ctx.api().await?.services().await?;
            Output::List {
                items: services
                    .iter()
                    .map(output::to_value)
                    .collect::<Result<_>>()?,
                columns: list_columns(),
            }
        }
        ServiceCommand::Buy { item } => {
            if item.quantity == 0 {
                return Err(Error::Usage(format!(
                    "the quantity of {} must be at least 1",
                    item.code
                )));
            }
            super::client::require_client(ctx, "service buy").await?;
            let api = ctx.api().await?;
            // After a lost answer: a new purchase of this code and quantity.
            let id = crate::api::add_record(
                || api.buy_service(&item.code, item.quantity),
                || api.one_time_services(),
                |p: &OneTimePurchase| p.id,
                |p| p.code == item.code && p.quantity == item.quantity,
            )
            .await?;
            let purchase = api
                .one_time_services()
                .await?
                .into_iter()
                .find(|p| p.id == id)
                .ok_or_else(|| {
                    Error::failed(format!(
                        "bought {} (purchase {id}), but the API does not list it",
                        item.code
                    ))
                })?;
            Output::record_of(
                &purchase,
                &["id", "clientId", "code", "quantity", "used", "createdAt"],
            )?
        }
    };
    Ok(output.into())
}
