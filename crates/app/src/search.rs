//! The searchable archive: rebuilding a node's index from the database, and committing what was added to it at a
//! position of the public record.

use agora_search::sources::{self, Scope};
use agora_search::{Archive, SearchError};
use agora_store::{Db, StoreError};
use std::sync::Arc;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Search(#[from] SearchError),
    #[error("the indexing task failed: {0}")]
    Task(String),
}

/// Rebuilds the whole index from the database, calling `progress(source, documents)` after each source.
pub async fn rebuild(db: &Db, archive: &Arc<Archive>, mut progress: impl FnMut(sources::Source, usize)) -> Result<usize, IndexError> {
    let mut conn = db.acquire().await?;
    // The head first: whatever is appended while the rows are read is indexed again by the tail, never missed.
    let head = agora_store::record::head(&mut conn).await?;
    archive.clear()?;
    let mut total = 0;
    for source in sources::SOURCES {
        let docs = source.load(&mut conn, Scope::All).await?;
        total += docs.len();
        progress(source, docs.len());
        archive.add(docs)?;
    }
    drop(conn);
    commit(archive, head).await?;
    Ok(total)
}

/// Commits what was added, recording the record position it is current to (off the async runtime: it writes).
pub async fn commit(archive: &Arc<Archive>, position: i64) -> Result<(), IndexError> {
    let archive = archive.clone();
    tokio::task::spawn_blocking(move || archive.commit(position)).await.map_err(|e| IndexError::Task(e.to_string()))??;
    Ok(())
}
