/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-pack.h: policy packs — rules as data, loaded from data/policies. */

#pragma once

#include <gio/gio.h>

#include "pp-types.h"

G_BEGIN_DECLS

#define PP_PACK_ERROR (pp_pack_error_quark ())

typedef enum
{
  PP_PACK_ERROR_INVALID,
  PP_PACK_ERROR_UNKNOWN_RULE,
  PP_PACK_ERROR_UNKNOWN_PARAM,
  PP_PACK_ERROR_BAD_PARAM,
  PP_PACK_ERROR_NOT_FOUND,
} PpPackError;

typedef struct _PpRuleKind PpRuleKind;

/* One alternative of a rule's scope; a unit is in scope when any
 * alternative matches it. A condition that is not given matches all. */
typedef struct
{
  guint32 types;                 /* bit per PpUnitType; 0: every type */
  guint32 except_types;
  gint8   public_institution;    /* -1: either */
  gint8   county_seat;           /* -1: either */
  guint8  level;                 /* PpRegionLevel; NONE: any */
  guint8  has;                   /* PpScopeHas */
  gboolean plan;                 /* the rule gives one result for the plan */
} PpScope;

typedef enum
{
  PP_SCOPE_HAS_ANY,
  PP_SCOPE_HAS_POSTS,
  PP_SCOPE_HAS_SOCIAL_WORK,
  PP_SCOPE_HAS_SPECIAL,
  PP_SCOPE_HAS_DIRECTED_STAFF,
  PP_SCOPE_HAS_STAFF,
} PpScopeHas;

typedef struct
{
  char     *name;
  char     *value;
  gboolean  reading;   /* a reading of ambiguous text the report must name */
} PpParam;

typedef struct
{
  char             *id;
  char             *clause;
  char             *title;       /* untranslated; see pp_rule_get_title () */
  char             *message;
  char             *quote;       /* the clause's words in the source document; NULL when not given */
  PpSeverity        severity;
  GDate             due;         /* target date; invalid when none */
  const PpRuleKind *kind;
  PpScope          *scopes;
  guint             n_scopes;
  GPtrArray        *params;      /* PpParam */
  struct _PpPack   *pack;
  guint             line;        /* in the pack file, for messages */
} PpRule;

typedef struct _PpPack
{
  char      *id;
  char      *title;
  char      *document;
  char      *number;
  char      *filename;
  GDate      issued;
  GDate      in_force_from;      /* invalid when the text gives none */
  GDate      in_force_until;     /* last day in force; invalid: open-ended */
  GPtrArray *rules;              /* PpRule */
  gint       ref_count;
} PpPack;

GQuark       pp_pack_error_quark   (void);

PpPack      *pp_pack_load          (const char   *filename,
                                    GError      **error);
PpPack      *pp_pack_ref           (PpPack       *pack);
void         pp_pack_unref         (PpPack       *pack);
PpRule      *pp_pack_find_rule     (PpPack       *pack,
                                    const char   *id);
const char  *pp_pack_get_title     (PpPack       *pack);

/* The pack is past its in-force window on this date. */
gboolean     pp_pack_is_expired    (PpPack       *pack,
                                    const GDate  *date);

const char  *pp_rule_get_title     (const PpRule *rule);
const char  *pp_rule_get_param     (const PpRule *rule,
                                    const char   *name);

/* Where packs live: $POSTPLAN_DATADIR/policies when set (tests, uninstalled
 * runs), else the installed data directory. */
char        *pp_pack_get_directory (void);

/* Every pack of the directory, sorted by id. A pack that fails to load
 * fails the whole call: a broken pack must not be silently skipped. */
GPtrArray   *pp_pack_load_all      (const char   *directory,
                                    GError      **error);
PpPack      *pp_pack_load_by_id    (const char   *directory,
                                    const char   *id,
                                    GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpPack, pp_pack_unref)

G_END_DECLS
