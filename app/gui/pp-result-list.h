/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-result-list.h: the compliance panel: a unit's results (or the whole
 * plan's), worst first, each with its clause, its figures, the remedy as
 * buttons that apply it as one undoable edit, and the clause's words from
 * the source document on demand. */

#pragma once

#include <gtk/gtk.h>

#include "pp-editor.h"

G_BEGIN_DECLS

#define PP_TYPE_RESULT_LIST (pp_result_list_get_type ())
G_DECLARE_FINAL_TYPE (PpResultList, pp_result_list, PP, RESULT_LIST, GtkWidget)

GtkWidget *pp_result_list_new  (void);
/* Shows the results of unit (NULL: the plan's own) as the editor's check
 * has them now. The list keeps no reference: show it again after every
 * change of the plan. */
void       pp_result_list_show (PpResultList *self,
                                PpEditor     *editor,
                                PpUnit       *unit);

G_END_DECLS
