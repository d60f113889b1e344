"""Where audio goes: the sound device, or a file; ``registry.open_output`` builds one."""
