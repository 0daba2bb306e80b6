"""tcheck's version, on the ground floor: the report's meta, the audit's signature and the service
read it without importing the package's face (tcheck/__init__.py), which the pipeline sits below."""
__version__ = "0.1.0"
