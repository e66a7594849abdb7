/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-io.h: plan XML (interfaces.md §1) in and out. */

#pragma once

#include <stdio.h>

#include "pp-plan.h"

G_BEGIN_DECLS

#define PP_PLAN_NS "urn:postplan:plan:1"

/* Larger files are refused before parsing: a plan of a million posts
 * takes about 150 MB. */
#define PP_PLAN_MAX_FILE_SIZE (G_GINT64_CONSTANT (1) << 31)

/* Reads and validates a plan file as a stream. Every error message starts
 * with "FILE:LINE:COLUMN: " where known and says what is wrong and what to
 * do. A DOCTYPE is refused outright; entities are never substituted and
 * the network never used. */
PpPlan   *pp_plan_read_file    (const char  *filename,
                                GError     **error);

/* The same, for a document in memory (name is used in messages). */
PpPlan   *pp_plan_read_memory  (const char  *data,
                                gsize        size,
                                const char  *name,
                                GError     **error);

/* Writes the plan to filename through a temporary file renamed into
 * place, so that an error never leaves a partial file behind. */
gboolean  pp_plan_write_file   (PpPlan      *plan,
                                const char  *filename,
                                GError     **error);

/* Writes the plan to an open stream, e.g. stdout. */
gboolean  pp_plan_write_stream (PpPlan      *plan,
                                FILE        *stream,
                                GError     **error);

G_END_DECLS
