from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # Any causal LM on the Hub works; mistralai/Mistral-7B-v0.1 is the base we test against.
    default_backend: str = "mistral"
    base_model: str = "mistralai/Mistral-7B-v0.1"
    max_new_tokens: int = 512
    hf_token: str | None = None

    class Config:
        env_prefix = "CHATDOCK_"
