"""The forms on the right of the main window, one per kind of tree node."""

from editor.views.forms.base import Form
from editor.views.forms.forms import FORMS, create_form

__all__ = ["FORMS", "Form", "create_form"]
