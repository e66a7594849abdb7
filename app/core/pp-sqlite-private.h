/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include "pp-sqlite.h"

G_BEGIN_DECLS

PpSqliteStatement *pp_sqlite_statement_new (PpSqliteConnection *connection,
                                            sqlite3_stmt       *stmt);
void               pp_sqlite_set_error     (GError            **error,
                                            sqlite3            *db,
                                            int                 code);

G_END_DECLS
