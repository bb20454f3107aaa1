"""guinet's Qt views and controllers over guinet.core."""
