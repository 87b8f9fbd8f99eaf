// `node --import pyts/register app.py` runs a Python file with pyts (see src/loader/).
import './dist/src/loader/register.js';
