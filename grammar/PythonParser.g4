parser grammar PythonParser;
options { tokenVocab = PythonLexer; }
file_input: NAME* EOF;
