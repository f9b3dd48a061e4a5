//! Rewrites crates/store/migrations/postgres/ from crates/store/migrations/sqlite/, the one schema source (see
//! agora_store::schema): `cargo run -p agora-store --example regenerate-postgres-migrations`. Shipped files come
//! out byte for byte as they were, so in practice it writes the PostgreSQL side of a new migration.

use agora_store::schema::{postgres_from_sqlite, read_migrations};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    for (name, sqlite) in read_migrations(&dir.join("sqlite"))? {
        let postgres = postgres_from_sqlite(&sqlite).map_err(|e| format!("migrations/sqlite/{name}: {e}"))?;
        let target = dir.join("postgres").join(&name);
        if std::fs::read_to_string(&target).ok().as_deref() != Some(postgres.as_str()) {
            std::fs::write(&target, postgres)?;
            println!("wrote migrations/postgres/{name}");
        }
    }
    Ok(())
}
